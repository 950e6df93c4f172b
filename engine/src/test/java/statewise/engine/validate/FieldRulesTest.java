package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One state per row: the state's fields (inside a one-state machine named S) and the one error expected, as
 * "code pointer". Rows use single quotes for JSON strings to stay readable; they are swapped for double quotes.
 */
class FieldRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jsonata field in jsonpath state  | 'Type':'Pass','Output':{},'End':true | query-language-field /States/S/Output
            jsonpath field in jsonata state  | 'Type':'Pass','QueryLanguage':'JSONata','InputPath':'$','End':true | query-language-field /States/S/InputPath
            catcher output in jsonpath       | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S','Output':{}}] | query-language-field /States/S/Catch/0/Output
            both timeout forms               | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'TimeoutSeconds':5,'TimeoutSecondsPath':'$.t' | conflicting-fields /States/S/TimeoutSecondsPath
            two wait fields                  | 'Type':'Wait','Seconds':5,'Timestamp':'2030-01-01T00:00:00Z','End':true | conflicting-fields /States/S/Timestamp
            no wait field                    | 'Type':'Wait','End':true | missing-field /States/S
            error and error path             | 'Type':'Fail','Error':'E','ErrorPath':'$.e' | conflicting-fields /States/S/ErrorPath
            negative max attempts            | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['E'],'MaxAttempts':-1}] | invalid-value /States/S/Retry/0/MaxAttempts
            backoff below one                | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['E'],'BackoffRate':0.5}] | invalid-value /States/S/Retry/0/BackoffRate
            unknown jitter                   | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['E'],'JitterStrategy':'SOME'}] | invalid-value /States/S/Retry/0/JitterStrategy
            heartbeat not below timeout      | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'TimeoutSeconds':5,'HeartbeatSeconds':5 | invalid-value /States/S/HeartbeatSeconds
            tolerated percentage over 100    | 'Type':'Map','End':true,'ToleratedFailurePercentage':101,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-value /States/S/ToleratedFailurePercentage
            label with a space               | 'Type':'Map','End':true,'Label':'my label','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-value /States/S/Label
            label of 41 characters           | 'Type':'Map','End':true,'Label':'12345678901234567890123456789012345678901','ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-value /States/S/Label
            unknown processor mode           | 'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'FAST'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-value /States/S/ItemProcessor/ProcessorConfig/Mode
            timestamp without zone           | 'Type':'Wait','Timestamp':'2016-12-05T21:29:29','End':true | invalid-timestamp /States/S/Timestamp
            timestamp with month 13          | 'Type':'Wait','Timestamp':'2016-13-05T21:29:29Z','End':true | invalid-timestamp /States/S/Timestamp
            credentials without role         | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Credentials':{} | missing-field /States/S/Credentials
            resource not an arn              | 'Type':'Task','Resource':'my-function','End':true | invalid-resource /States/S/Resource
            dynamodb query not optimized     | 'Type':'Task','Resource':'arn:aws:states:::dynamodb:query','End':true | invalid-resource /States/S/Resource
            states all not alone             | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['States.ALL','E']}] | states-all-not-last /States/S/Retry/0/ErrorEquals/0
            states all not last              | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S'},{'ErrorEquals':['E'],'Next':'S'}] | states-all-not-last /States/S/Catch/0/ErrorEquals/0
            empty error equals               | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':[]}] | invalid-value /States/S/Retry/0/ErrorEquals
            empty branches                   | 'Type':'Parallel','Branches':[],'End':true | invalid-value /States/S/Branches
            assign not an object             | 'Type':'Pass','Assign':'x','End':true | wrong-type /States/S/Assign
            retry on a pass state            | 'Type':'Pass','Retry':[],'End':true | unknown-field /States/S/Retry
            timeout on a map state           | 'Type':'Map','TimeoutSeconds':5,'End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | unknown-field /States/S/TimeoutSeconds
            assign on a succeed state        | 'Type':'Succeed','Assign':{} | unknown-field /States/S/Assign
            wrong type of seconds            | 'Type':'Wait','Seconds':'ten','End':true | wrong-type /States/S/Seconds
            """)
    void refusesWhatAwsRefuses(String name, String state, String expected) {
        String asl = Lint.machine(state.replace('\'', '"'));
        assertThat(Lint.errors(asl)).as(name).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jsonata numbers                  | 'Type':'Task','QueryLanguage':'JSONata','Resource':'arn:aws:states:::lambda:invoke','End':true,'TimeoutSeconds':'{% 5 %}','Arguments':'{% $states.input %}'
            placeholder resource             | 'Type':'Task','Resource':'${MyFunctionArn}','End':true
            placeholder timeout              | 'Type':'Task','Resource':'arn:aws:lambda:us-east-1:111111111111:function:f','TimeoutSeconds':'${Timeout}','End':true
            aws sdk integration              | 'Type':'Task','Resource':'arn:aws:states:::aws-sdk:dynamodb:query','End':true
            timestamp with offset            | 'Type':'Wait','Timestamp':'2030-01-31T23:59:59.123+02:00','End':true
            parameters as array              | 'Type':'Pass','Parameters':['a'],'End':true
            distributed map                  | 'Type':'Map','End':true,'Label':'Batch-1','ToleratedFailurePercentage':5.5,'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'EXPRESS'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}}
            """)
    void acceptsWhatAwsAccepts(String name, String state) {
        assertThat(Lint.errors(Lint.machine(state.replace('\'', '"')))).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            catcher after states all         | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['E']},{'ErrorEquals':['E']}] | catch-never-fires /States/S/Retry/1
            custom error after task failed   | 'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[{'ErrorEquals':['States.TaskFailed']},{'ErrorEquals':['MyError']}] | catch-never-fires /States/S/Retry/1
            parameters beside result         | 'Type':'Pass','Result':1,'Parameters':{},'End':true | no-effect /States/S/Parameters
            end false                        | 'Type':'Pass','Next':'S','End':false | no-effect /States/S/End
            """)
    void warnsAboutWhatHasNoEffect(String name, String state, String expected) {
        assertThat(Lint.findings(Lint.machine(state.replace('\'', '"')))).as(name).contains(expected);
    }
}
