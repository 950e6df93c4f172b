@NullMarked
package statewise.app.editor;

import org.jspecify.annotations.NullMarked;
