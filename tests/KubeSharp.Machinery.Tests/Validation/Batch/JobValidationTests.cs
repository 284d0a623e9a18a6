using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation.Batch;

namespace KubeSharp.Machinery.Tests.Validation.Batch;

/// <summary>batch/v1 Job validation after defaulting and selector generation, as the API server runs it on create.</summary>
public class JobValidationTests
{
    private const string Uid = "6f1c2f3e-0000-4000-8000-000000000001";

    internal static PodTemplateSpec Template(string? restartPolicy = "Never") => new()
    {
        Spec = new PodSpec { RestartPolicy = restartPolicy, Containers = [new Container { Name = "work", Image = "busybox" }] },
    };

    private static Job NewJob(Action<Job>? edit = null)
    {
        var job = new Job
        {
            Metadata = new ObjectMeta { Name = "pi", Namespace = "default", Uid = Uid, ResourceVersion = "1" },
            Spec = new JobSpec { Template = Template() },
        };
        edit?.Invoke(job);
        BatchDefaults.SetDefaultsJob(job);
        BatchDefaults.GenerateJobSelector(job);
        return job;
    }

    public static TheoryData<string, string> CreateCases => new()
    {
        { "restart-missing", "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"" },
        { "restart-always", "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"" },
        { "restart-bad", "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"OnFailure\", \"Never\"" },
        { "parallelism", "spec.parallelism: Invalid value: -1: must be greater than or equal to 0" },
        { "completions", "spec.completions: Invalid value: -2: must be greater than or equal to 0" },
        { "backoff", "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0" },
        { "ttl", "spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0" },
        { "completion-mode", "spec.completionMode: Unsupported value: \"Sorted\": supported values: \"NonIndexed\", \"Indexed\"" },
        { "indexed-parallelism", "spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed" },
        { "per-index-nonindexed", "spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode" },
        { "indexed-hostname", "metadata.name: Invalid value: \"" + new string('a', 60) + "\": will not able to create pod with invalid DNS label: " + new string('a', 60) + "-999" },
        { "failure-policy-restart", "spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified" },
        { "wrong-generated-label", "spec.template.metadata.labels[batch.kubernetes.io/job-name]: Invalid value: map[string]string{\"batch.kubernetes.io/controller-uid\":\"" + Uid + "\", \"batch.kubernetes.io/job-name\":\"other\", \"controller-uid\":\"" + Uid + "\", \"job-name\":\"pi\"}: must be 'pi'" },
        { "manual-mismatch", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"b\"}: `selector` does not match template `labels`" },
        { "manual-no-selector", "spec.selector: Required value" },
        { "no-uid", "metadata.uid: Required value" },
    };

    private static readonly Dictionary<string, Action<Job>> Edits = new()
    {
        ["restart-missing"] = j => j.Spec.Template.Spec.RestartPolicy = null,
        ["restart-always"] = j => j.Spec.Template.Spec.RestartPolicy = RestartPolicy.Always,
        ["restart-bad"] = j => j.Spec.Template.Spec.RestartPolicy = "Sometimes",
        ["parallelism"] = j => j.Spec.Parallelism = -1,
        ["completions"] = j => j.Spec.Completions = -2,
        ["backoff"] = j => j.Spec.BackoffLimit = -1,
        ["ttl"] = j => j.Spec.TTLSecondsAfterFinished = -1,
        ["completion-mode"] = j => j.Spec.CompletionMode = "Sorted",
        ["indexed-parallelism"] = j => (j.Spec.CompletionMode, j.Spec.Completions, j.Spec.Parallelism) = (CompletionMode.Indexed, 5, 100_001),
        ["per-index-nonindexed"] = j => j.Spec.BackoffLimitPerIndex = 1,
        ["indexed-hostname"] = j => (j.Metadata.Name, j.Spec.CompletionMode, j.Spec.Completions) = (new string('a', 60), CompletionMode.Indexed, 1000),
        ["failure-policy-restart"] = j => (j.Spec.Template.Spec.RestartPolicy, j.Spec.PodFailurePolicy) = (RestartPolicy.OnFailure, new PodFailurePolicy()),
        ["wrong-generated-label"] = j => j.Spec.Template.Metadata.Labels = new() { [JobLabels.JobNameLabel] = "other" },
        ["manual-mismatch"] = j => (j.Spec.ManualSelector, j.Spec.Selector, j.Spec.Template.Metadata.Labels) = (true, new LabelSelector { MatchLabels = new() { ["app"] = "a" } }, new() { ["app"] = "b" }),
        ["manual-no-selector"] = j => j.Spec.ManualSelector = true,
        ["no-uid"] = j => j.Metadata.Uid = null,
    };

    [Fact]
    public void ValidateJob_DefaultedWithGeneratedSelector_HasNoErrors()
    {
        Assert.Empty(JobValidation.ValidateJob(NewJob()));
    }

    [Theory]
    [MemberData(nameof(CreateCases))]
    public void ValidateJob_InvalidField_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = JobValidation.ValidateJob(NewJob(Edits[name])).Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }

    [Fact]
    public void ValidateJobUpdate_ChangedTemplateAndCompletions_AreImmutable()
    {
        var old = NewJob();
        var updated = NewJob(j =>
        {
            j.Spec.Completions = 3;
            j.Spec.Template.Spec.Containers[0].Image = "busybox:2";
        });

        var errors = JobValidation.ValidateJobUpdate(updated, old).Select(e => e.ToString()).ToList();

        Assert.Contains("spec.completions: Invalid value: 3: field is immutable", errors);
        Assert.Contains(errors, e => e.StartsWith("spec.template: Invalid value: ", StringComparison.Ordinal) && e.EndsWith(": field is immutable", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateJobUpdate_Suspend_IsAllowed()
    {
        var updated = NewJob(j => j.Spec.Suspend = true);

        Assert.Empty(JobValidation.ValidateJobUpdate(updated, NewJob()));
    }
}
