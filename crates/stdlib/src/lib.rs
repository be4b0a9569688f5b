//! Pyrite's standard library: native modules written in Rust (where CPython uses C) and the
//! embedded pure-Python modules of `Lib/`.

mod blocking;
mod collections;
mod io;
pub mod math;
pub mod os;
mod os_process;
mod posixsubprocess;
pub mod random;
mod signal;
mod socket;
pub mod thread;

pub mod time;
mod traceback;
mod weakref;

use pyrite_vm::Vm;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

/// Register every stdlib module with the interpreter (imported lazily on first use).
pub fn install(vm: &mut Vm) {
    vm.add_native_module("math", math::init);
    vm.add_native_module("_random", random::init);
    vm.add_native_module("_collections", collections::init);
    vm.add_native_module("_time", time::init);

    vm.add_native_module("posix", os::init);
    vm.add_native_module("_thread", thread::init);
    vm.add_native_module("os.path", os::init_path);
    vm.add_native_module("_socket", socket::init);
    vm.add_native_module("_posixsubprocess", posixsubprocess::init);
    vm.add_native_module("_signal", signal::init);
    vm.add_native_module("_traceback", traceback::init);
    vm.add_native_module("_io", io::init);
    vm.add_native_module("_weakref", weakref::init);
    for (name, source, is_pkg) in frozen::FROZEN {
        vm.add_frozen_module(name, source, *is_pkg);
    }
}
