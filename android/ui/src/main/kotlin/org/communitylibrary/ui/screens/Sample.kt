package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.design.Str

/**
 * One sample state of one screen: the tests, the gallery and the accessibility walk all use these. [content] draws
 * the screen with the given callback for its actions (the gallery passes one that does nothing). [essential] is what must stay on screen at 200% text and in Urdu: catalogue keys ([Str]) and the
 * core's sentences (plain strings) in the sample.
 */
class Sample(
    val screen: String,
    val name: String,
    val essential: List<Any>,
    val content: @Composable (onAction: (Any) -> Unit) -> Unit,
)
