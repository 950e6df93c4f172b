package statewise.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import statewise.themes.Theme;

/**
 * Which theme the operating system uses, for View → Theme → Follow System. JavaFX 21 cannot tell (its platform
 * preferences arrived in 22), so this asks the system the way its own tools do: {@code GTK_THEME} and GNOME's
 * {@code gsettings} on Linux, {@code defaults read -g AppleInterfaceStyle} on macOS, the registry on Windows. Every
 * question has a timeout, and when nothing answers the answer is the light theme. It runs programs and may take up
 * to a few seconds: never call it on the FX thread.
 */
public final class SystemTheme {

    /** How long one question to the system may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final List<String> GNOME_HIGH_CONTRAST =
            List.of("gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast");
    private static final List<String> GNOME_COLOR_SCHEME =
            List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    private static final List<String> GNOME_GTK_THEME =
            List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    private static final List<String> MAC_STYLE = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    private static final List<String> WINDOWS_HIGH_CONTRAST =
            List.of("reg", "query", "HKCU\\Control Panel\\Accessibility\\HighContrast", "/v", "Flags");
    private static final List<String> WINDOWS_APPS_LIGHT = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");

    private static volatile Theme lastAnswer = Theme.LIGHT;
    private static volatile @Nullable CompletableFuture<@Nullable Void> asking;

    private SystemTheme() {
    }

    /** The theme matching the operating system's mode now; light when it cannot be told. */
    public static Theme detect() {
        Theme answer = detect(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
        lastAnswer = answer;
        return answer;
    }

    /**
     * Starts {@link #detect()} on a daemon thread and returns at once, for start-up: the question runs while the
     * window is built, and {@link #answer()} waits for it only if it has not been answered by the time the window
     * shows its theme.
     */
    public static void detectInBackground() {
        detectInBackground(SystemTheme::detect);
    }

    /** {@link #detectInBackground()} with {@code question} in place of {@link #detect()}. */
    static void detectInBackground(Supplier<Theme> question) {
        CompletableFuture<@Nullable Void> answered = new CompletableFuture<>();
        asking = answered;
        Thread thread = new Thread(() -> {
            try {
                lastAnswer = question.get();
            } finally {
                answered.complete(null);
            }
        }, "system-theme");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * {@link #lastAnswer()}, after waiting for the question {@link #detectInBackground()} asked if it is still being
     * asked (each question to the system has a timeout).
     */
    public static Theme answer() {
        CompletableFuture<@Nullable Void> pending = asking;
        if (pending != null) {
            pending.join();
        }
        return lastAnswer;
    }

    /** What {@link #detect()} answered last, without asking again; light before it was ever asked. */
    public static Theme lastAnswer() {
        return lastAnswer;
    }

    /**
     * The theme for the system called {@code os}, with its environment {@code env}; {@code ask} runs a command and
     * gives its standard output, or empty when it failed or timed out.
     */
    static Theme detect(String os, Map<String, String> env, Function<List<String>, Optional<String>> ask) {
        String name = os.toLowerCase(Locale.ROOT);
        Optional<Theme> found;
        if (name.startsWith("mac")) {
            found = ask.apply(MAC_STYLE).flatMap(SystemTheme::fromMacInterfaceStyle);
        } else if (name.startsWith("windows")) {
            found = ask.apply(WINDOWS_HIGH_CONTRAST).flatMap(SystemTheme::fromWindowsHighContrast)
                    .or(() -> ask.apply(WINDOWS_APPS_LIGHT).flatMap(SystemTheme::fromWindowsAppsUseLightTheme));
        } else {
            found = Optional.ofNullable(env.get("GTK_THEME")).flatMap(SystemTheme::fromGtkTheme)
                    .or(() -> ask.apply(GNOME_HIGH_CONTRAST).flatMap(SystemTheme::fromGnomeHighContrast))
                    .or(() -> ask.apply(GNOME_COLOR_SCHEME).flatMap(SystemTheme::fromGnomeColorScheme))
                    .or(() -> ask.apply(GNOME_GTK_THEME).flatMap(SystemTheme::fromGtkTheme));
        }
        return found.orElse(Theme.LIGHT);
    }

    /** {@code GTK_THEME} or GNOME's {@code gtk-theme}: {@code Adwaita:dark}, {@code HighContrast}. */
    static Optional<Theme> fromGtkTheme(String value) {
        String theme = unquote(value).toLowerCase(Locale.ROOT).replace("-", "");
        if (theme.contains("highcontrast")) {
            return Optional.of(Theme.HIGH_CONTRAST);
        }
        return theme.contains("dark") ? Optional.of(Theme.DARK) : Optional.empty();
    }

    /** {@code gsettings get org.gnome.desktop.a11y.interface high-contrast}: {@code true} or {@code false}. */
    static Optional<Theme> fromGnomeHighContrast(String output) {
        return unquote(output).equals("true") ? Optional.of(Theme.HIGH_CONTRAST) : Optional.empty();
    }

    /** {@code gsettings get org.gnome.desktop.interface color-scheme}: {@code 'prefer-dark'}, {@code 'default'}. */
    static Optional<Theme> fromGnomeColorScheme(String output) {
        return switch (unquote(output)) {
            case "prefer-dark" -> Optional.of(Theme.DARK);
            case "prefer-light" -> Optional.of(Theme.LIGHT);
            default -> Optional.empty();
        };
    }

    /** {@code defaults read -g AppleInterfaceStyle}: {@code Dark} in dark mode (and no such key in light mode). */
    static Optional<Theme> fromMacInterfaceStyle(String output) {
        return Optional.of(output.strip().equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT);
    }

    /** {@code reg query … HighContrast /v Flags}: a number whose lowest bit says high contrast is on. */
    static Optional<Theme> fromWindowsHighContrast(String output) {
        String value = registryValue(output);
        try {
            return (Long.decode(value) & 1) == 1 ? Optional.of(Theme.HIGH_CONTRAST) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code reg query … Personalize /v AppsUseLightTheme}: {@code 0x0} for dark apps, {@code 0x1} for light. */
    static Optional<Theme> fromWindowsAppsUseLightTheme(String output) {
        return switch (registryValue(output)) {
            case "0x0" -> Optional.of(Theme.DARK);
            case "0x1" -> Optional.of(Theme.LIGHT);
            default -> Optional.empty();
        };
    }

    /** The last word of the registry line naming the value ({@code    Flags    REG_SZ    126}). */
    private static String registryValue(String output) {
        for (String line : output.split("\\R")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3 && words[1].startsWith("REG_")) {
                return words[2];
            }
        }
        return "";
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }

    /** Runs {@code command}; its output when it ends with status 0 within the timeout, else empty. */
    static Optional<String> run(List<String> command) {
        return run(command, TIMEOUT);
    }

    static Optional<String> run(List<String> command, Duration timeout) {
        @Nullable Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readAllBytes(), Charset.defaultCharset()));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
