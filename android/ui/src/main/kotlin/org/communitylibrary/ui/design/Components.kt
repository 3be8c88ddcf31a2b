package org.communitylibrary.ui.design

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.onClick
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.style.TextDirection
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp

/**
 * The style for words that may come from the core (a book's English title inside an Urdu screen): their letters
 * keep their own direction, and they line up with the screen's start edge, whatever their language.
 */
@Composable
fun TextStyle.forContent(): TextStyle = copy(
    textDirection = TextDirection.Content,
    textAlign = if (LocalLayoutDirection.current == LayoutDirection.Rtl) TextAlign.Right else TextAlign.Left,
)

/** Smallest touch target on Android (TalkBack and Material guidance): every control is at least this tall and wide. */
val MinTouch = 48.dp

/**
 * A whole screen: its heading (the first thing TalkBack reads), an optional sync line, then the content in one
 * scrolling column, so at 200% text nothing is cut off, only further down.
 */
@Composable
fun ScreenColumn(title: String, sync: String? = null, content: @Composable ColumnScope.() -> Unit) {
    Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        Column(
            // Clear of the status and navigation bars (edge to edge on Android; nothing on the desktop).
            Modifier.fillMaxSize().safeDrawingPadding().verticalScroll(rememberScrollState()).padding(16.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            Heading(title)
            if (sync != null) SyncLine(sync)
            content()
        }
    }
}

@Composable
fun Heading(text: String) = Text(
    text,
    style = MaterialTheme.typography.headlineMedium,
    color = MaterialTheme.colorScheme.onBackground,
    modifier = Modifier.semantics { heading() },
)

@Composable
fun SectionHeading(text: String) = Text(
    text,
    style = MaterialTheme.typography.titleLarge,
    color = MaterialTheme.colorScheme.onBackground,
    modifier = Modifier.padding(top = 8.dp).semantics { heading() },
)

/** The core's sync sentence ("Offline: 2 changes will be sent…"), announced when it changes. */
@Composable
fun SyncLine(text: String) = Text(
    text,
    style = MaterialTheme.typography.bodyLarge.forContent(),
    color = MaterialTheme.colorScheme.onSurfaceVariant,
    modifier = Modifier.fillMaxWidth().background(MaterialTheme.colorScheme.surfaceVariant, RoundedCornerShape(8.dp))
        .padding(12.dp).semantics { liveRegion = LiveRegionMode.Polite },
)

/** The result of what the person just did (a booking, a check-in), or an error: announced, never by colour alone. */
@Composable
fun Notice(text: String, isError: Boolean = false) {
    val c = MaterialTheme.colorScheme
    Text(
        text,
        style = MaterialTheme.typography.bodyLarge.forContent(),
        fontWeight = FontWeight.Medium,
        color = if (isError) c.onErrorContainer else c.onPrimaryContainer,
        modifier = Modifier.fillMaxWidth()
            .background(if (isError) c.errorContainer else c.primaryContainer, RoundedCornerShape(8.dp))
            .padding(12.dp).semantics { liveRegion = LiveRegionMode.Assertive },
    )
}

/**
 * Words that may come from the core or the catalogue (a book's English title inside an Urdu screen): their direction
 * follows their own letters, their place follows the screen's direction.
 */
@Composable
fun Body(text: String) = Text(
    text,
    style = MaterialTheme.typography.bodyLarge.forContent(),
    color = MaterialTheme.colorScheme.onBackground,
)

/**
 * One list row: a single focusable item whose spoken text is the whole [sentence]; [lines] are what is seen.
 * [actions] (buttons) follow the row as their own labelled controls.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun RowItem(
    sentence: String,
    lines: List<String> = listOf(sentence),
    onOpen: (() -> Unit)? = null,
    openLabel: String? = null,
    actions: @Composable () -> Unit = {},
) {
    Surface(
        shape = RoundedCornerShape(8.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        modifier = Modifier.fillMaxWidth(),
    ) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            val textModifier = Modifier.fillMaxWidth().heightIn(min = MinTouch)
            val spoken = if (onOpen != null) {
                textModifier.selectable(selected = false, role = Role.Button, onClick = onOpen)
                    .clearAndSetSemantics {
                        contentDescription = sentence
                        onClick(label = openLabel) { onOpen(); true }
                    }
            } else {
                textModifier.clearAndSetSemantics { contentDescription = sentence }
            }
            Column(spoken) {
                lines.forEachIndexed { i, line ->
                    Text(
                        line,
                        style = (if (i == 0) MaterialTheme.typography.titleMedium else MaterialTheme.typography.bodyLarge)
                            .forContent(),
                        color = MaterialTheme.colorScheme.onSurfaceVariant,
                    )
                }
            }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                actions()
            }
        }
    }
}

/** A button; [primary] ones are filled. Always at least 48 dp each way. */
@Composable
fun ActionButton(label: String, onClick: () -> Unit, enabled: Boolean = true, primary: Boolean = true, modifier: Modifier = Modifier) {
    val m = modifier.heightIn(min = MinTouch).widthIn(min = MinTouch)
    if (primary) {
        Button(onClick, m, enabled = enabled) { Text(label, style = MaterialTheme.typography.titleMedium) }
    } else {
        OutlinedButton(onClick, m, enabled = enabled) { Text(label, style = MaterialTheme.typography.titleMedium) }
    }
}

/** The one big button of a screen (check in, check out): full width, 96 dp tall. */
@Composable
fun BigButton(label: String, onClick: () -> Unit, enabled: Boolean = true) {
    Button(
        onClick,
        Modifier.fillMaxWidth().heightIn(min = 96.dp),
        enabled = enabled,
        shape = RoundedCornerShape(16.dp),
        colors = ButtonDefaults.buttonColors(),
    ) { Text(label, style = MaterialTheme.typography.headlineSmall) }
}

/** A labelled text field; [error] (the core's sentence) is shown under it and read with it. */
@Composable
fun Field(
    label: String,
    value: String,
    onChange: (String) -> Unit,
    error: String? = null,
    secret: Boolean = false,
    digits: Boolean = false,
    singleLine: Boolean = true,
) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        isError = error != null,
        supportingText = error?.let { { Text(it) } },
        singleLine = singleLine,
        visualTransformation = if (secret) PasswordVisualTransformation() else VisualTransformation.None,
        keyboardOptions = KeyboardOptions(keyboardType = if (digits) KeyboardType.NumberPassword else KeyboardType.Text),
        modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch)
            .semantics { if (error != null) error(error) },
    )
}

/** A yes/no choice with its label; the tick shows the state, not colour. */
@Composable
fun ToggleRow(label: String, checked: Boolean, onChange: (Boolean) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = MinTouch)
            .toggleable(value = checked, role = Role.Checkbox, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Spacer(Modifier.size(12.dp))
        Text(label, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.onBackground)
    }
}

/** One of several choices; the filled circle shows which, not colour. */
@Composable
fun RadioRow(label: String, selected: Boolean, onSelect: () -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = MinTouch)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onSelect),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null)
        Spacer(Modifier.size(12.dp))
        Text(label, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.onBackground)
    }
}

@Composable
fun Divider() = HorizontalDivider(color = MaterialTheme.colorScheme.outline)
