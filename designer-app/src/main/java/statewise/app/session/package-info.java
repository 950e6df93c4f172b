@NullMarked
package statewise.app.session;

import org.jspecify.annotations.NullMarked;
