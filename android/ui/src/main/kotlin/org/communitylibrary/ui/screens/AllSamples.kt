package org.communitylibrary.ui.screens

/** Every screen's sample states, in the app's order: the gallery, the accessibility walk and the text checks use these. */
val allSamples: List<Sample> = listOf(
    SignInSamples.all,
    HomeSamples.all,
    SimpleHomeSamples.all,
    SearchSamples.all,
    TitleSamples.all,
    AccountSamples.all,
    EventsSamples.all,
    LibrariesSamples.all,
    JoinSamples.all,
    HomeDeliverySamples.all,
    ActingForSamples.all,
    TodaySamples.all,
    RotaSamples.all,
    RoundSamples.all,
    ChooseSamples.all,
    DoorListSamples.all,
    DeskSamples.all,
    DeliveriesSamples.all,
    EventsAndRoomsSamples.all,
    ImpactSamples.all,
    HaveYourSaySamples.all,
    PublishConsultationSamples.all,
    ReadingListsSamples.all,
    SettingsSamples.all,
).flatten()
