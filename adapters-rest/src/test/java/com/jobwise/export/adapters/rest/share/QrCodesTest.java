package com.jobwise.export.adapters.rest.share;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class QrCodesTest {

    /** Decodes a PNG QR code with ZXing's reader (core only: the pixels go through RGBLuminanceSource). */
    public static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void decodesBackToTheUrl() throws Exception {
        String url = "https://cv.example.com/s/q3LwZ0h8v1o2Jt7mYb9xK4sN6cR5pA0dF2gH3jE8uWk";
        assertThat(decode(QrCodes.png(url))).isEqualTo(url);
    }

    @Test
    void decodesALocalUrlWithAPort() throws Exception {
        String url = "http://localhost:41235/s/s8qG_Obkutcl-7l70DKL4Q45PrLqt8m8RNrWGQKS8aw";
        assertThat(decode(QrCodes.png(url))).isEqualTo(url);
    }

    @Test
    void keepsAQuietZoneOfWhiteAroundTheSymbol() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png("https://cv.example.com/s/abc")));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(QrCodes.SIZE);
        int border = image.getWidth() / 20;  // well inside 4 modules of a version 2-4 symbol
        for (int i = 0; i < image.getWidth(); i++) {
            for (int b = 0; b < border; b++) {
                assertThat(image.getRGB(i, b) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(b, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
    }
}
