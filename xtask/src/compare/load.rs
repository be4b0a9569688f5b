//! How busy the machine was with other work while the matrix ran: the CPU time all
//! processes used (from /proc/stat) minus what our runs used. On a shared machine this says
//! how far to trust the numbers.

use std::time::Instant;

/// A reading of the machine-wide busy CPU time.
pub struct Reading {
    busy: f64,
    at: Instant,
}

/// Busy CPU seconds of the whole machine since boot (Linux; None elsewhere).
fn busy_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let ticks: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
    if ticks.len() < 8 {
        return None;
    }
    let busy: u64 = ticks[..8].iter().sum::<u64>() - ticks[3] - ticks[4];
    // SAFETY: sysconf only reads a configuration value.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (hz > 0).then(|| busy as f64 / hz as f64)
}

pub fn read() -> Option<Reading> {
    Some(Reading {
        busy: busy_seconds()?,
        at: Instant::now(),
    })
}

/// The average number of cores other processes kept busy since `start`, given the CPU
/// seconds our own runs used.
pub fn others_since(start: &Reading, ours: f64) -> Option<f64> {
    let now = busy_seconds()?;
    let elapsed = start.at.elapsed().as_secs_f64();
    (elapsed > 0.0).then(|| ((now - start.busy - ours) / elapsed).max(0.0))
}
