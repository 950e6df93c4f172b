package statewise.app.export;

import java.nio.charset.StandardCharsets;
import statewise.engine.document.AslDocument;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/** What File → Export can write, each with its menu label and file extension, and how to make its bytes. */
public enum ExportKind {
    ASL_JSON("ASL as _JSON…", "asl.json"),
    ASL_YAML("ASL as _YAML…", "asl.yaml"),
    CLOUDFORMATION("_CloudFormation Template…", "cfn.yaml"),
    SAM("_SAM Template…", "sam.yaml"),
    TERRAFORM("_Terraform Resource…", "tf"),
    /** The diagram the canvas shows, in a theme the user picks; drawn by {@link DiagramExport}, not {@link #bytes}. */
    SVG("Diagram as S_VG…", "svg"),
    /** Like {@link #SVG}, as an image at a scale the user picks. */
    PNG("Diagram as _PNG…", "png");

    private final String label;
    private final String extension;

    ExportKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The action id of this export in the registry. */
    public String actionId() {
        return "file.export." + name().toLowerCase();
    }

    /** True for the drawings of the diagram, which {@link DiagramExport} makes from the canvas's layout. */
    public boolean diagram() {
        return this == SVG || this == PNG;
    }

    /**
     * The exported bytes of {@code document}, named {@code name} (the file name without its extensions).
     *
     * @throws IllegalArgumentException for a document that does not parse as a state machine
     * @throws IllegalStateException    for the {@link #diagram() drawings}, which {@link DiagramExport} makes
     */
    public byte[] bytes(AslDocument document, String name) {
        StateMachine machine = document.stateMachine();
        if (machine == null || document.hasSyntaxErrors()) {
            throw new IllegalArgumentException("Only a state machine whose text parses can be exported.");
        }
        KeyOrder order = KeyOrder.of(document);
        return switch (this) {
            case ASL_JSON -> utf8(AslSerializer.json().write(machine, order));
            case ASL_YAML -> utf8(AslSerializer.yaml().write(machine, order));
            case CLOUDFORMATION -> utf8(Snippets.cloudFormation(machine, order, name, false));
            case SAM -> utf8(Snippets.cloudFormation(machine, order, name, true));
            case TERRAFORM -> utf8(Snippets.terraform(machine, order, name));
            case SVG, PNG -> throw new IllegalStateException("The diagram is drawn from the canvas's layout.");
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
