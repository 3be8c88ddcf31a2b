package org.communitylibrary.android

import android.content.Context
import android.content.Intent
import androidx.core.content.FileProvider
import java.io.File

/** Files handed to other apps through the FileProvider (res/xml/shared_files.xml). */
object Share {
    /** The core's .ics for an event, opened by the calendar app. */
    fun calendar(context: Context, ics: String): Intent {
        val dir = File(context.cacheDir, "shared").apply { mkdirs() }
        val file = File(dir, "event.ics").apply { writeText(ics) }
        val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
        return Intent(Intent.ACTION_VIEW).setDataAndType(uri, "text/calendar").addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
    }

    /** A file to send to another app (the impact report's CSV for email or a spreadsheet). */
    fun file(context: Context, name: String, mimeType: String, text: String): Intent {
        val dir = File(context.cacheDir, "shared").apply { mkdirs() }
        val file = File(dir, name).apply { writeText(text) }
        val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
        return Intent(Intent.ACTION_SEND).setType(mimeType).putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
    }
}
