//! Running one workload process and measuring it: wall time from spawn to exit, and the CPU
//! time (user + system) the kernel charged to that child, from `wait4`'s resource usage.

use std::ffi::OsString;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    /// Killed by us after the timeout.
    TimedOut,
}

/// One measured process.
#[derive(Debug)]
pub struct Measured {
    pub wall: f64,
    pub user: f64,
    pub sys: f64,
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

fn seconds(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Wait until process `pid` (our child) has exited, leaving it a zombie (`WNOWAIT`), so its
/// pid cannot be reused while the watchdog may still signal it.
fn wait_exited(pid: libc::pid_t) -> io::Result<()> {
    loop {
        // SAFETY: siginfo_t is plain data for which all-zero bytes are a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t; waitid does not keep the pointer.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Reap the exited child `pid`, returning its wait status and resource usage.
fn reap(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain data for which all-zero bytes are a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers are valid and writable for the duration of the call.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            return Ok((status, usage));
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Run `program args` with no stdin, capturing stdout and stderr, killing it after `timeout`.
///
/// The child leads a process group of its own, so a timeout kills whatever it started too
/// (otherwise a grandchild could keep the output pipes open).
pub fn run_timed(program: &OsString, args: &[OsString], timeout: Duration) -> io::Result<Measured> {
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let out = child.stdout.take().map(reader);
    let err = child.stderr.take().map(reader);

    let (done, stop) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(timeout) {
            // SAFETY: plain system call. `pid` is our child and leads its own process group;
            // it has not been reaped yet (the main thread reaps only after joining this
            // thread), so neither the pid nor the group id can have been reused.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    let waited = wait_exited(pid);
    let wall = start.elapsed().as_secs_f64();
    drop(done);
    let timed_out = watchdog.join().unwrap_or(false);
    waited?;
    // `child` is reaped here, by wait4, not by `Child::wait`; dropping a `Child` neither
    // waits nor kills, so that is all it needs.
    let (status, usage) = reap(pid)?;
    drop(child);

    let text = |h: Option<thread::JoinHandle<Vec<u8>>>| {
        h.and_then(|h| h.join().ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    };
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok(Measured {
        wall,
        user: seconds(usage.ru_utime),
        sys: seconds(usage.ru_stime),
        exit,
        stdout: text(out),
        stderr: text(err),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Measured {
        let args = ["-c".into(), script.into()];
        run_timed(&"sh".into(), &args, timeout).expect("sh runs")
    }

    #[test]
    fn captures_output_and_exit_code() {
        let m = sh("echo out; echo err >&2; exit 3", Duration::from_secs(30));
        assert_eq!(m.stdout, "out\n");
        assert_eq!(m.stderr, "err\n");
        assert_eq!(m.exit, Exit::Code(3));
    }

    #[test]
    fn cpu_time_is_the_childs() {
        // A fixed amount of shell arithmetic costs CPU time whatever the machine's load;
        // sleeping costs wall time and next to no CPU.
        let busy = sh(
            "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; echo $i",
            Duration::from_secs(120),
        );
        assert_eq!(busy.stdout, "200000\n");
        assert!(busy.user + busy.sys > 0.02, "{busy:?}");
        let idle = sh("sleep 0.2", Duration::from_secs(30));
        assert!(idle.wall >= 0.2, "{idle:?}");
        assert!(
            idle.user + idle.sys < busy.user + busy.sys,
            "{idle:?} vs {busy:?}"
        );
    }

    #[test]
    fn timeout_kills() {
        // `sleep` runs as a grandchild holding the output pipes: killing the group ends both.
        let m = sh("sleep 30; echo not reached", Duration::from_millis(200));
        assert_eq!(m.exit, Exit::TimedOut);
        assert_eq!(m.stdout, "");
    }

    #[test]
    fn missing_program_is_an_error() {
        let r = run_timed(
            &"/nonexistent/interpreter".into(),
            &[],
            Duration::from_secs(1),
        );
        assert!(r.is_err());
    }
}
