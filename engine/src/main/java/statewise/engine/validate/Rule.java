package statewise.engine.validate;

/** One validation rule. Rules are stateless; they read the context and report into it. */
public interface Rule {

    void check(ValidationContext context);
}
