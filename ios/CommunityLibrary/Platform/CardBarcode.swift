import CoreImage
import CoreImage.CIFilterBuiltins
import UIKit

/// The library card as a Code 128 barcode, drawn by Core Image's generator, sharp at any size.
enum CardBarcode {
    static func image(for content: String, scale: CGFloat = 8) -> UIImage? {
        let filter = CIFilter.code128BarcodeGenerator()
        filter.message = Data(content.utf8)
        filter.quietSpace = 10
        guard let output = filter.outputImage?.transformed(by: CGAffineTransform(scaleX: scale, y: scale)),
            let cgImage = CIContext().createCGImage(output, from: output.extent)
        else { return nil }
        return UIImage(cgImage: cgImage)
    }
}
