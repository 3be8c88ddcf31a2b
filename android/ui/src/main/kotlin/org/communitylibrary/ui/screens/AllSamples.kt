package org.communitylibrary.ui.screens

/** Every screen's sample states, in the app's order: the gallery, the accessibility walk and the text checks use these. */
val allSamples: List<Sample> = listOf(
    SignInSamples.all,
).flatten()
