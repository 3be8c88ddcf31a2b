// The screens and view models, with the generated Kotlin bindings and the Rust library for each phone ABI.
// The same src/main/kotlin and src/main/res are compiled on the JVM by ui/pom.xml (scripts/android-test).
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

val repo: File = rootDir.parentFile
val bindingsDir = File(repo, "bindings/generated/kotlin")
val rustJniLibs = layout.buildDirectory.dir("rustJniLibs")
val rustAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

android {
    namespace = "org.communitylibrary.ui"
    compileSdk = 35
    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }
    sourceSets["main"].kotlin.srcDirs("src/main/kotlin", bindingsDir)
    sourceSets["main"].jniLibs.srcDir(rustJniLibs.get().asFile)
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin { jvmToolchain(17) }

// The library for each ABI, release profile (size-optimised, see Cargo.toml), with cargo-ndk
// (`cargo install cargo-ndk`, `rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android`,
// and ANDROID_NDK_HOME set, as Android Studio's SDK Manager installs it).
val cargoNdk by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libcml_ffi.so for ${rustAbis.joinToString()} with cargo-ndk."
    workingDir = repo
    val args = mutableListOf("cargo", "ndk")
    rustAbis.forEach { args += listOf("-t", it) }
    args += listOf("-o", rustJniLibs.get().asFile.path, "build", "--release", "--locked", "-p", "cml-ffi")
    commandLine(args)
    inputs.dir(File(repo, "core/src"))
    inputs.dir(File(repo, "bindings/src"))
    outputs.dir(rustJniLibs)
}

// The Kotlin bindings, generated from the host build of the same sources (scripts/gen-bindings): the generated code
// does not depend on the ABI.
val genBindings by tasks.registering(Exec::class) {
    group = "rust"
    description = "Generates the Kotlin bindings into bindings/generated/kotlin."
    workingDir = repo
    commandLine("scripts/gen-bindings")
    inputs.dir(File(repo, "bindings/src"))
    outputs.dir(bindingsDir)
}

tasks.named("preBuild") { dependsOn(cargoNdk, genBindings) }

dependencies {
    val composeBom = platform(libs.androidx.compose.bom)
    api(composeBom)
    api(libs.androidx.compose.ui)
    api(libs.androidx.compose.foundation)
    api(libs.androidx.compose.material3)
    api(libs.androidx.lifecycle.viewmodel.compose)
    api(libs.kotlinx.coroutines.android)
    // JNA's Android AAR carries libjnidispatch.so for every ABI.
    api(libs.jna) { artifact { type = "aar" } }
}
