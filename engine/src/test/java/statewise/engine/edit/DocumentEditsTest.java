package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.model;
import static statewise.engine.edit.EditFixture.yaml;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;

/** How an edit reaches the text: in place and in the text's own style, or, when it cannot be, the whole text anew. */
class DocumentEditsTest {

    @Test
    void patchKeepsTabsAndCompactMembersElsewhere() {
        String text = "{\n\t\"StartAt\": \"A\",\n\t\"States\": {\n\t\t\"A\": {\"Type\": \"Pass\",\"End\": true},\n"
                + "\t\t\"B\": {\n\t\t\t\"Type\": \"Succeed\"\n\t\t}\n\t}\n}\n";
        EditResult result = apply(json(text), new ConnectStates(StateRef.top("A"), StateRef.top("B"),
                statewise.engine.model.Transition.Kind.NEXT));
        assertThat(result.text()).contains("\t\t\"B\": {\n\t\t\t\"Type\": \"Succeed\"\n\t\t}\n");
        assertThat(result.textEdits()).allSatisfy(e -> assertThat(e.offset()).isLessThan(text.indexOf("\"B\"")));
    }

    @Test
    void patchInsertsWithTheIndentOfTheSiblings() {
        String text = "{\n    \"StartAt\": \"A\",\n    \"States\": {\n        \"A\": {\n"
                + "            \"Type\": \"Pass\",\n            \"End\": true\n        }\n    }\n}\n";
        EditResult result = apply(json(text), new AddState("", "B", StateType.SUCCEED, null));
        assertThat(result.text()).isEqualTo("{\n    \"StartAt\": \"A\",\n    \"States\": {\n        \"A\": {\n"
                + "            \"Type\": \"Pass\",\n            \"End\": true\n        },\n        \"B\": {\n"
                + "            \"Type\": \"Succeed\"\n        }\n    }\n}\n");
    }

    @Test
    void patchKeepsWindowsLineEnds() {
        String text = ORDERS.replace("\n", "\r\n");
        EditResult result = apply(json(text), new AddState("", "Later", StateType.WAIT,
                EdgeRef.next(StateRef.top("Ship"))));
        assertThat(result.text().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void patchKeepsYamlCommentLinesAndBlankLinesAroundARemovedMember() {
        String text = """
                # Orders, in YAML
                Comment: Orders
                StartAt: Ship

                States:
                  # ship first
                  Ship:
                    Type: Pass
                    Next: Done   # then done

                  Done:
                    Type: Succeed
                """;
        AslDocument document = yaml(text);
        EditResult result = apply(document, RemoveStates.of(StateRef.top("Ship")));
        assertThat(result.text()).isEqualTo("""
                # Orders, in YAML
                Comment: Orders
                StartAt: Done

                States:
                  # ship first

                  Done:
                    Type: Succeed
                """);
    }

    @Test
    void patchInsertsAfterAnUnchangedYamlStateBeforeTheCommentsThatFollowIt() {
        String text = """
                StartAt: Ship
                States:
                  Ship:
                    Type: Pass
                    Next: Done
                  Done:
                    Type: Succeed  # the end
                  # more to come

                TimeoutSeconds: 60
                """;
        EditResult result = apply(yaml(text), new AddState("", "Later", StateType.WAIT, null));
        assertThat(result.text()).isEqualTo("""
                StartAt: Ship
                States:
                  Ship:
                    Type: Pass
                    Next: Done
                  Done:
                    Type: Succeed  # the end
                  Later:
                    Type: Wait
                    Seconds: 5
                    End: true
                  # more to come

                TimeoutSeconds: 60
                """);
    }

    @Test
    void patchOfTextThatDoesNotParseRewritesTheWholeDefinitionAndSaysSo() {
        AslDocument broken = AslParser.parse("{\"StartAt\": \"A\", \"States\": {", DocumentFormat.JSON);
        EditResult result = DocumentEdits.patch(broken, model(json(ORDERS)), "Restore");
        assertThat(result.fallback()).isEqualTo("The text did not parse, so the whole definition was written anew.");
        assertThat(result.model()).isEqualTo(model(json(ORDERS)));
        assertThat(result.changed()).containsExactly("");
        assertThat(DocumentEdits.applyTo(broken.text(), result.textEdits())).isEqualTo(result.text());
    }

    @Test
    void applyRefusesADeniedEditWithTheRulesReason() {
        AslDocument document = json(ORDERS);
        assertThatThrownBy(() -> DocumentEdits.apply(document, new RenameState(StateRef.top("Ship"), "Done")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Done' already exists");
        AslDocument broken = AslParser.parse("{\"StartAt\": ", DocumentFormat.JSON);
        assertThat(EditRules.check(broken, new SetStartState(StateRef.top("A"))))
                .isEqualTo(Verdict.denied("The text does not parse as a state machine; fix it in the editor first."));
    }

    @Test
    void attemptGivesTheRulesVerdictAndTheSamePatchAsApply() {
        AslDocument document = json(ORDERS);
        Edit add = new AddState("", "Later", StateType.WAIT, EdgeRef.next(StateRef.top("Ship")));
        DocumentEdits.Attempt allowed = DocumentEdits.attempt(document, add);
        assertThat(allowed.verdict()).isEqualTo(EditRules.check(document, add));
        EditResult applied = DocumentEdits.apply(document, add);
        assertThat(allowed.result().text()).isEqualTo(applied.text());
        assertThat(allowed.result().textEdits()).isEqualTo(applied.textEdits());
        DocumentEdits.Attempt denied = DocumentEdits.attempt(document, new RenameState(StateRef.top("Ship"), "Done"));
        assertThat(denied.result()).isNull();
        assertThat(((Verdict.Denied) denied.verdict()).reason()).contains("'Done' already exists");
    }

    @Test
    void textEditsAreSortedAndDoNotOverlap() {
        EditResult result = apply(json(ORDERS), new RenameState(StateRef.top("Reject"), "Refuse"));
        List<TextEdit> edits = result.textEdits();
        assertThat(edits).hasSize(3);
        for (int i = 1; i < edits.size(); i++) {
            assertThat(edits.get(i).offset()).isGreaterThanOrEqualTo(edits.get(i - 1).end());
        }
    }

    @Test
    void differenceCoversOnlyWhatChanged() {
        assertThat(DocumentEdits.difference("abcXYZdef", "abcQdef")).isEqualTo(new TextEdit(3, 3, "Q"));
        assertThat(DocumentEdits.difference("same", "same")).isEqualTo(new TextEdit(4, 0, ""));
    }
}
