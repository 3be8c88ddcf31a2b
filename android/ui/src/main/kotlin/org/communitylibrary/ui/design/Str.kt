package org.communitylibrary.ui.design

/** The keys of the app's own words; each is a <string name="…"> in res/values, values-pl and values-ur. */
enum class Str {
    AppName,
    SignInHeading,
    SignInCard,
    SignInPin,
    SignInButton,
    SignInHelp,
    JoinLink,
    Working,
    ;

    /** Its name in strings.xml: `SignInHeading` is `sign_in_heading`. */
    val key: String get() = name.replace(Regex("(?<=[a-z0-9])([A-Z])"), "_$1").lowercase()
}
