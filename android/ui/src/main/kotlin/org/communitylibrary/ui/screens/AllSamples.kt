package org.communitylibrary.ui.screens

/** Every screen's sample states, in the app's order: the gallery, the accessibility walk and the text checks use these. */
val allSamples: List<Sample> = listOf(
    SignInSamples.all,
    HomeSamples.all,
    SearchSamples.all,
    TitleSamples.all,
    AccountSamples.all,
    EventsSamples.all,
    LibrariesSamples.all,
    TodaySamples.all,
    RotaSamples.all,
    RoundSamples.all,
    SettingsSamples.all,
    HaveYourSaySamples.all,
    ReadingListsSamples.all,
).flatten()
