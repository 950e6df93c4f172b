package statewise.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time: when either differs from the stamp taken when the file was last read or
 * written, something else changed the file.
 *
 * @param size         in bytes
 * @param modifiedNanos modification time in nanoseconds since the epoch (as precise as the file system keeps it)
 */
public record FileStamp(long size, long modifiedNanos) {

    /** The file's stamp now, or empty when it cannot be read (deleted, moved). */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            long nanos = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return Optional.of(new FileStamp(attributes.size(), nanos));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
