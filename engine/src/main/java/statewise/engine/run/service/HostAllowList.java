package statewise.engine.run.service;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts a workflow's HTTP Tasks and local Lambda endpoints may call. Empty by default: nothing is sent
 * anywhere until the user names a host, and loopback ({@code localhost}, {@code 127.0.0.1}) must be named too. A
 * host matches by name, case aside; ports are not part of it.
 *
 * @param hosts the allowed host names, lower case
 */
public record HostAllowList(Set<String> hosts) {

    /** Allows no host at all. */
    public static final HostAllowList NONE = new HostAllowList(Set.of());

    public HostAllowList {
        hosts = Set.copyOf(hosts);
    }

    /** The list of {@code names}, as given to {@code --allow-host} or {@code allowedHosts}. */
    public static HostAllowList of(Collection<String> names) {
        Set<String> lower = new TreeSet<>();
        for (String name : names) {
            String host = name.trim().toLowerCase(Locale.ROOT);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (!host.isEmpty()) {
                lower.add(host);
            }
        }
        return new HostAllowList(lower);
    }

    public boolean allows(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return hosts.contains(name);
    }

    /** The cause of a refused call: what was not called, and the two ways to allow it. */
    public static String refusal(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri) : uri.getHost();
        return "Statewise did not call " + uri + ": the host '" + host + "' is not allowed for this workflow. Allow"
                + " it with --allow-host " + host + ", or add \"" + host + "\" to \"allowedHosts\" in the"
                + " definition's run settings (NAME.asl.run.json next to NAME.asl.json).";
    }
}
