package statewise.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryVersionsTest {

    @TempDir
    Path dir;

    @Test
    void theClassPathsJacksonIsReportedWithTheVersionItWasBuiltAs() {
        List<Library> libraries = LibraryVersions.onClassPath(getClass().getClassLoader());

        assertEquals(Optional.of(PackageVersion.VERSION.toString()), LibraryVersions.versionOf(libraries,
                "com.fasterxml.jackson.core:jackson-databind"), libraries::toString);
        assertEquals(libraries.stream().map(Library::name).sorted().distinct().toList(),
                libraries.stream().map(Library::name).toList());
    }

    @Test
    void aJarWithoutMavenDescriptorIsDescribedByItsManifest() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.widgets;singleton:=true");
        manifest.getMainAttributes().putValue("Bundle-Version", "3.1.4");
        Path jar = jar(manifest, null);

        assertEquals(Optional.of(new Library("org.example.widgets", "3.1.4")), LibraryVersions.describe(jar));
    }

    @Test
    void theMavenDescriptorWinsOverTheManifest() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Implementation-Title", "Widgets");
        manifest.getMainAttributes().putValue("Implementation-Version", "0.0.1");
        Path jar = jar(manifest, "groupId=org.example\nartifactId=widgets\nversion=3.2.0\n");

        assertEquals(Optional.of(new Library("org.example:widgets", "3.2.0")), LibraryVersions.describe(jar));
    }

    @Test
    void aJarThatDoesNotDescribeItselfIsLeftOut() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");

        assertTrue(LibraryVersions.describe(jar(manifest, null)).isEmpty());
        assertTrue(LibraryVersions.describe(Files.writeString(dir.resolve("not.jar"), "text")).isEmpty());
    }

    private Path jar(Manifest manifest, @Nullable String descriptor) throws IOException {
        Path file = Files.createTempFile(dir, "lib", ".jar");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            if (descriptor != null) {
                jar.putNextEntry(new JarEntry("META-INF/maven/org.example/widgets/pom.properties"));
                jar.write(descriptor.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
