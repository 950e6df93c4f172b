import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Packaging step: removes the signature files from the signed jars in the packaged app's input folder, so that the
 * app starts as if they had never been signed. ELK, EMF and Xtext come signed by the Eclipse Foundation. A JVM that
 * loads a class from a signed jar first reads and checks the jar's certificates and then the digest of every class
 * it loads from it; and JDK 17 leaves classes of signed jars out of a class-data-sharing archive, so the app's
 * archive (Linux) could not hold the layout kernel's 385 classes. Stripped, the packaged start took 0.90x the
 * processor time. The classes themselves are unchanged; only META-INF's signature files go (the manifest's digests
 * stay, unused without them). The jars' provenance is checked where Maven downloads them, not by the installed app.
 *
 * <p>A single-file program (java StripJarSignatures.java FOLDER), so that the build needs no module for it.
 */
public final class StripJarSignatures {

    /** What makes a jar signed: a signature file and its signature block, per signer. */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private StripJarSignatures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java StripJarSignatures.java FOLDER");
            System.exit(2);
        }
        int stripped = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (strip(jar)) {
                    stripped++;
                }
            }
        }
        System.out.println("jar signatures: removed from " + stripped + " jars in " + args[0]);
    }

    /** Rewrites {@code jar} without its signature files; false (and untouched) when it has none. */
    private static boolean strip(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        boolean signed = false;
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    signed = true;
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                out.putNextEntry(kept);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (signed) {
            Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(copy);
        }
        return signed;
    }
}
