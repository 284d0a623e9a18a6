using System.Text.RegularExpressions;
using KubeSharp.Api.Batch.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Batch;

/// <summary>
/// Validation of batch/v1 CronJobs (upstream's ValidateCronJobCreate/Update, ValidateCronJobSpec,
/// validateScheduleFormat, validateTimeZone, ValidateJobTemplateSpec) with upstream's messages.
/// </summary>
public static partial class CronJobValidation
{
    /// <summary>Job names get an 11-character suffix and must stay DNS-1035 labels (63 characters).</summary>
    public const int MaxNameLength = 52;

    public static FieldErrorList ValidateCronJobCreate(CronJob cronJob, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(cronJob.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        if ((cronJob.Metadata.Name ?? "").Length > MaxNameLength)
        {
            errors.Add(FieldError.Invalid(FieldPath.New("metadata", "name"), cronJob.Metadata.Name, "must be no more than 52 characters"));
        }

        errors.AddRange(ValidateCronJobSpec(cronJob.Spec, FieldPath.New("spec"), options));
        return errors;
    }

    public static FieldErrorList ValidateCronJobUpdate(CronJob updated, CronJob old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateCronJobSpec(updated.Spec, FieldPath.New("spec"), options));

        // The job template's labels may change; its other metadata and spec are validated above.
        return errors;
    }

    public static FieldErrorList ValidateCronJobSpec(CronJobSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = new FieldErrorList();
        var schedulePath = path.Child("schedule");
        if (spec.Schedule.Length == 0)
        {
            errors.Add(FieldError.Required(schedulePath));
        }
        else
        {
            if (CronSchedule.Validate(spec.Schedule) is { } scheduleError)
            {
                errors.Add(FieldError.Invalid(schedulePath, spec.Schedule, scheduleError));
            }

            if (spec.Schedule.Contains("TZ", StringComparison.Ordinal))
            {
                errors.Add(FieldError.Invalid(schedulePath, spec.Schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
            }
        }

        if (spec.StartingDeadlineSeconds is { } deadline)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(deadline, path.Child("startingDeadlineSeconds")));
        }

        switch (spec.ConcurrencyPolicy)
        {
            case ConcurrencyPolicy.Allow or ConcurrencyPolicy.Forbid or ConcurrencyPolicy.Replace:
                break;
            case null or "":
                errors.Add(FieldError.Required(path.Child("concurrencyPolicy")));
                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("concurrencyPolicy"), spec.ConcurrencyPolicy, [ConcurrencyPolicy.Allow, ConcurrencyPolicy.Forbid, ConcurrencyPolicy.Replace]));
                break;
        }

        errors.AddRange(ValidateJobTemplateSpec(spec.JobTemplate, path.Child("jobTemplate"), options));
        if (spec.SuccessfulJobsHistoryLimit is { } successful)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(successful, path.Child("successfulJobsHistoryLimit")));
        }

        if (spec.FailedJobsHistoryLimit is { } failed)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(failed, path.Child("failedJobsHistoryLimit")));
        }

        if (spec.TimeZone is not null)
        {
            errors.AddRange(ValidateTimeZone(spec.TimeZone, path.Child("timeZone")));
        }

        return errors;
    }

    /// <summary>A job template: a job spec whose selector will be generated for each job.</summary>
    public static FieldErrorList ValidateJobTemplateSpec(JobTemplateSpec template, FieldPath path, PodValidationOptions? options = null)
    {
        var specPath = path.Child("spec");
        var errors = JobValidation.ValidateJobSpecCommon(template.Spec, specPath, options);
        if (template.Spec.Selector is not null)
        {
            errors.Add(FieldError.Invalid(specPath.Child("selector"), GoSyntax.LabelSelector(template.Spec.Selector), "`selector` will be auto-generated"));
        }

        if (template.Spec.ManualSelector == true)
        {
            errors.Add(FieldError.NotSupported(specPath.Child("manualSelector"), true, ["nil", "false"]));
        }

        errors.AddRange(ObjectMetaValidation.ValidateLabels(template.Metadata.Labels, path.Child("metadata", "labels")));
        errors.AddRange(ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, path.Child("metadata", "annotations")));
        return errors;
    }

    /// <summary>An explicit IANA zone name that this machine's time zone database knows.</summary>
    public static FieldErrorList ValidateTimeZone(string timeZone, FieldPath path)
    {
        if (timeZone.Length == 0)
        {
            return [FieldError.Invalid(path, timeZone, "timeZone must be nil or non-empty string")];
        }

        foreach (var part in timeZone.Split('/'))
        {
            if (part is "." or ".." || part.StartsWith('-') || !TimeZoneCharacters().IsMatch(part))
            {
                return [FieldError.Invalid(path, timeZone, "unknown time zone " + timeZone)];
            }
        }

        var errors = new FieldErrorList();
        if (string.Equals(timeZone, "Local", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(FieldError.Invalid(path, timeZone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
        }

        // Go's time.LoadLocation: "UTC" is built in; other names come from the zone database.
        if (timeZone != "UTC" && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            errors.Add(FieldError.Invalid(path, timeZone, "unknown time zone " + timeZone));
        }

        return errors;
    }

    [GeneratedRegex(@"^[A-Za-z\.\-_0-9+]{1,14}$")]
    private static partial Regex TimeZoneCharacters();
}
