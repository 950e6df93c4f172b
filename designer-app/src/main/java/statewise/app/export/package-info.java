/**
 * Export of the open definition: ASL as JSON or YAML, CloudFormation, SAM and Terraform snippets, and the diagram
 * as SVG or PNG, each validated first.
 */
@NullMarked
package statewise.app.export;

import org.jspecify.annotations.NullMarked;
