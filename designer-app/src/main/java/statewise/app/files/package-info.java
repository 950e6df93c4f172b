/** Definitions on disk: open, save (atomically), templates, the sidecar layout file, recovery drafts. */
@NullMarked
package statewise.app.files;

import org.jspecify.annotations.NullMarked;
