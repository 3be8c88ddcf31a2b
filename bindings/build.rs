//! Link options for the shared library the apps load.
//!
//! Relative relocations packed into a compact table (RELR) instead of 24 bytes each: about 300 KB
//! less in `libcml_ffi.so`. glibc reads RELR from 2.36 and Android's loader from API level 30; for
//! older Android the loader's own packed format (API 23+) is used. Apple platforms link the static
//! library into the app, whose linker already uses compact (chained) fixups.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    match os.as_str() {
        "linux" => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
        }
        "android" => println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android"),
        _ => {}
    }
}
