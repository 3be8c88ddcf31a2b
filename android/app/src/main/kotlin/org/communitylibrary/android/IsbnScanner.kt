package org.communitylibrary.android

import android.content.Context
import com.google.mlkit.vision.barcode.common.Barcode
import com.google.mlkit.vision.codescanner.GmsBarcodeScannerOptions
import com.google.mlkit.vision.codescanner.GmsBarcodeScanning

/**
 * The ISBN scanner: Google's code scanner (Play services) shows its own camera screen, so the app asks for no camera
 * permission and keeps no camera code. It reads the EAN-13 on a book's back (ISBN-13) or an older EAN-8/UPC; what it
 * reads goes to the Search screen as typed text, and the core decides whether it is an ISBN.
 */
object IsbnScanner {
    private val options = GmsBarcodeScannerOptions.Builder()
        .setBarcodeFormats(Barcode.FORMAT_EAN_13, Barcode.FORMAT_EAN_8, Barcode.FORMAT_UPC_A)
        .enableAutoZoom()
        .build()

    /** Opens the scanner; [onCode] gets what it read. A cancelled or failed scan leaves the search as it was. */
    fun scan(context: Context, onCode: (String) -> Unit) {
        GmsBarcodeScanning.getClient(context, options)
            .startScan()
            .addOnSuccessListener { barcode -> barcode.rawValue?.let(onCode) }
    }
}
