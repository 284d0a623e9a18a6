using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation.Batch;

namespace KubeSharp.Machinery.Tests.Validation.Batch;

public class CronJobValidationTests
{
    private static CronJob NewCronJob(Action<CronJob>? edit = null)
    {
        var cronJob = new CronJob
        {
            Metadata = new ObjectMeta { Name = "backup", Namespace = "default" },
            Spec = new CronJobSpec { Schedule = "*/5 * * * *", JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = JobValidationTests.Template() } } },
        };
        edit?.Invoke(cronJob);
        BatchDefaults.SetDefaultsCronJob(cronJob);
        return cronJob;
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "no-schedule", "spec.schedule: Required value" },
        { "fields", "spec.schedule: Invalid value: \"* * *\": expected exactly 5 fields, found 3: [* * *]" },
        { "minute-range", "spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61" },
        { "not-a-number", "spec.schedule: Invalid value: \"x * * * *\": failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax" },
        { "descriptor", "spec.schedule: Invalid value: \"@often\": unrecognized descriptor: @often" },
        { "tz", "spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead" },
        { "concurrency", "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\"" },
        { "deadline", "spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0" },
        { "history", "spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0" },
        { "selector", "spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"a\":\"b\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated" },
        { "manual-selector", "spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: \"nil\", \"false\"" },
        { "restart", "spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"" },
        { "name-length", "metadata.name: Invalid value: \"" + new string('c', 53) + "\": must be no more than 52 characters" },
        { "time-zone", "spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus" },
        { "time-zone-local", "spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones" },
    };

    private static readonly Dictionary<string, Action<CronJob>> Edits = new()
    {
        ["no-schedule"] = c => c.Spec.Schedule = "",
        ["fields"] = c => c.Spec.Schedule = "* * *",
        ["minute-range"] = c => c.Spec.Schedule = "61 * * * *",
        ["not-a-number"] = c => c.Spec.Schedule = "x * * * *",
        ["descriptor"] = c => c.Spec.Schedule = "@often",
        ["tz"] = c => c.Spec.Schedule = "TZ=UTC 0 * * * *",
        ["concurrency"] = c => c.Spec.ConcurrencyPolicy = "Sometimes",
        ["deadline"] = c => c.Spec.StartingDeadlineSeconds = -1,
        ["history"] = c => c.Spec.SuccessfulJobsHistoryLimit = -1,
        ["selector"] = c => c.Spec.JobTemplate.Spec.Selector = new LabelSelector { MatchLabels = new() { ["a"] = "b" } },
        ["manual-selector"] = c => c.Spec.JobTemplate.Spec.ManualSelector = true,
        ["restart"] = c => c.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy = null,
        ["name-length"] = c => c.Metadata.Name = new string('c', 53),
        ["time-zone"] = c => c.Spec.TimeZone = "Mars/Olympus",
        ["time-zone-local"] = c => c.Spec.TimeZone = "Local",
    };

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 0 1 jan,jul mon-fri")]
    [InlineData("15,45 8-18/2 ? * SUN")]
    [InlineData("@hourly")]
    [InlineData("@every 1h30m")]
    public void ValidateCronJobCreate_ValidSchedule_HasNoErrors(string schedule)
    {
        Assert.Empty(CronJobValidation.ValidateCronJobCreate(NewCronJob(c => (c.Spec.Schedule, c.Spec.TimeZone) = (schedule, "Europe/Berlin"))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCronJobCreate_InvalidField_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = CronJobValidation.ValidateCronJobCreate(NewCronJob(Edits[name])).Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }

    [Theory]
    [InlineData("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1")]
    [InlineData("*/0 * * * *", "step of range should be a positive number: */0")]
    [InlineData("1-2-3 * * * *", "too many hyphens: 1-2-3")]
    [InlineData("1/2/3 * * * *", "too many slashes: 1/2/3")]
    [InlineData("* * 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("* * * 13 *", "end of range (13) above maximum (12): 13")]
    [InlineData("@every 1x", "failed to parse duration @every 1x: time: invalid duration \"1x\"")]
    [InlineData("", "empty spec string")]
    public void Validate_BadSchedule_ReturnsRobfigMessage(string schedule, string expected)
    {
        Assert.Equal(expected, CronSchedule.Validate(schedule));
    }
}
