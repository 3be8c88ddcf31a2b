// Community Library for Android. Open this folder (android/) in Android Studio.
// :ui holds every screen and view model (no android.*, no R: the same files compile on the JVM, see ui/pom.xml);
// :app is the small Android-only shell (Activity and navigation, WorkManager, Keystore, notifications, R strings).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "CommunityLibrary"
include(":app", ":ui")
