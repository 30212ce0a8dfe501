import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;

/** Writes the photograph-sized JPEG that scripts/bench.sh uploads to measure renditions: java BenchImage.java FILE. */
public class BenchImage {
    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 2400, 1600, Color.BLUE));
        g.fillRect(0, 0, 2400, 1600);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color((i * 73) % 256, (i * 151) % 256, (i * 29) % 256));
            g.fillOval((i * 997) % 2400, (i * 613) % 1600, 40 + i % 120, 40 + i % 90);
        }
        g.dispose();
        ImageIO.write(image, "jpeg", new File(args[0]));
    }
}
