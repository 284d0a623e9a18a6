using System.Globalization;
using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Batch;

/// <summary>
/// Validation of batch/v1 Jobs (upstream's pkg/apis/batch/validation: ValidateJob, validateJobSpec,
/// ValidateGeneratedSelector, ValidateJobSpecUpdate) with upstream's messages. Pod failure and success
/// policies are checked only for their restartPolicy interplay (their inner rules are left out).
/// </summary>
public static class JobValidation
{
    public const int MaxParallelismForIndexedJob = 100_000;

    public static FieldErrorList ValidateJob(Job job, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(job.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateGeneratedSelector(job));
        errors.AddRange(ValidateJobSpec(job.Spec, FieldPath.New("spec"), options));
        if (job.Spec is { CompletionMode: CompletionMode.Indexed, Completions: > 0 and var completions })
        {
            // Pods of an indexed job get "<name>-<index>" host names.
            var maximumHostname = string.Create(CultureInfo.InvariantCulture, $"{job.Metadata.Name}-{completions - 1}");
            if (Formats.IsDNS1123Label(maximumHostname).Count > 0)
            {
                errors.Add(FieldError.Invalid(FieldPath.New("metadata", "name"), job.Metadata.Name, "will not able to create pod with invalid DNS label: " + maximumHostname));
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateJobUpdate(Job updated, Job old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        var path = FieldPath.New("spec");
        errors.AddRange(ValidateJobSpec(updated.Spec, path, options));

        // Indexed jobs may scale completions together with parallelism (elastic indexed jobs).
        var elastic = updated.Spec.CompletionMode == CompletionMode.Indexed && updated.Spec.Completions == updated.Spec.Parallelism && old.Spec.Completions == old.Spec.Parallelism;
        if (!elastic)
        {
            errors.AddRange(ImmutableNullable(updated.Spec.Completions, old.Spec.Completions, path.Child("completions")));
        }

        if (!SemanticEquality.Equal(updated.Spec.Selector, old.Spec.Selector))
        {
            errors.Add(FieldError.Invalid(path.Child("selector"), GoSyntax.LabelSelector(updated.Spec.Selector), ObjectMetaValidation.FieldImmutableErrorMsg));
        }

        if (!SemanticEquality.Equal(updated.Spec.Template, old.Spec.Template))
        {
            // Upstream prints the whole template here with %#v; JSON here (docs/machinery.md).
            errors.Add(FieldError.Invalid(path.Child("template"), updated.Spec.Template, ObjectMetaValidation.FieldImmutableErrorMsg));
        }

        if (updated.Spec.CompletionMode != old.Spec.CompletionMode)
        {
            errors.Add(FieldError.Invalid(path.Child("completionMode"), updated.Spec.CompletionMode ?? "null", ObjectMetaValidation.FieldImmutableErrorMsg));
        }

        return errors;
    }

    public static FieldErrorList ValidateJobSpec(JobSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = ValidateJobSpecCommon(spec, path, options);
        if (spec.Selector is null)
        {
            errors.Add(FieldError.Required(path.Child("selector")));
        }
        else
        {
            errors.AddRange(LabelSelectors.Validate(spec.Selector, path.Child("selector"), options?.AllowInvalidLabelValueInSelector ?? false));
        }

        // Whether generated or manual, the selector must match the pods the job makes.
        if (LabelSelectors.TryToSelector(spec.Selector, out var selector, out _) && !selector.Matches(spec.Template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(path.Child("template", "metadata", "labels"), GoSyntax.StringMap(spec.Template.Metadata.Labels), "`selector` does not match template `labels`"));
        }

        return errors;
    }

    /// <summary>What a Job spec and a CronJob's job template share (upstream's validateJobSpec).</summary>
    internal static FieldErrorList ValidateJobSpecCommon(JobSpec spec, FieldPath path, PodValidationOptions? options)
    {
        var errors = new FieldErrorList();
        NonNegative(errors, spec.Parallelism, path.Child("parallelism"));
        NonNegative(errors, spec.Completions, path.Child("completions"));
        NonNegative(errors, spec.ActiveDeadlineSeconds, path.Child("activeDeadlineSeconds"));
        NonNegative(errors, spec.BackoffLimit, path.Child("backoffLimit"));
        NonNegative(errors, spec.TTLSecondsAfterFinished, path.Child("ttlSecondsAfterFinished"));
        NonNegative(errors, spec.BackoffLimitPerIndex, path.Child("backoffLimitPerIndex"));
        NonNegative(errors, spec.MaxFailedIndexes, path.Child("maxFailedIndexes"));

        if (spec.CompletionMode is { } mode)
        {
            if (mode is not (CompletionMode.NonIndexed or CompletionMode.Indexed))
            {
                errors.Add(FieldError.NotSupported(path.Child("completionMode"), mode, [CompletionMode.NonIndexed, CompletionMode.Indexed]));
            }

            if (mode == CompletionMode.Indexed)
            {
                if (spec.Completions is null)
                {
                    errors.Add(FieldError.Required(path.Child("completions"), "when completion mode is Indexed"));
                }

                if (spec.Parallelism is > MaxParallelismForIndexedJob)
                {
                    errors.Add(FieldError.Invalid(path.Child("parallelism"), spec.Parallelism.Value, string.Create(CultureInfo.InvariantCulture, $"must be less than or equal to {MaxParallelismForIndexedJob} when completion mode is Indexed")));
                }

                if (spec is { Completions: { } completions, MaxFailedIndexes: { } maxFailed } && maxFailed > completions)
                {
                    errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), maxFailed, "must be less than or equal to completions"));
                }
            }
        }

        if (spec.CompletionMode is null or CompletionMode.NonIndexed)
        {
            if (spec.BackoffLimitPerIndex is { } perIndex)
            {
                errors.Add(FieldError.Invalid(path.Child("backoffLimitPerIndex"), perIndex, "requires indexed completion mode"));
            }

            if (spec.MaxFailedIndexes is { } maxFailed)
            {
                errors.Add(FieldError.Invalid(path.Child("maxFailedIndexes"), maxFailed, "requires indexed completion mode"));
            }
        }

        if (spec.PodReplacementPolicy is { } replacement)
        {
            if (replacement is not (PodReplacementPolicy.TerminatingOrFailed or PodReplacementPolicy.Failed))
            {
                errors.Add(FieldError.NotSupported(path.Child("podReplacementPolicy"), replacement, [PodReplacementPolicy.TerminatingOrFailed, PodReplacementPolicy.Failed]));
            }
            else if (replacement == PodReplacementPolicy.TerminatingOrFailed && spec.PodFailurePolicy is not null)
            {
                errors.Add(FieldError.NotSupported(path.Child("podReplacementPolicy"), replacement, [PodReplacementPolicy.Failed]));
            }
        }

        errors.AddRange(PodValidation.ValidatePodTemplateSpec(spec.Template, path.Child("template"), options));
        var restartPath = path.Child("template", "spec", "restartPolicy");
        var restartPolicy = spec.Template.Spec.RestartPolicy;

        // The pod defaults fill in Always when the user gives nothing, so both read as "not chosen".
        if (string.IsNullOrEmpty(restartPolicy) || restartPolicy == RestartPolicy.Always)
        {
            errors.Add(FieldError.Required(restartPath, "valid values: \"OnFailure\", \"Never\""));
        }
        else if (restartPolicy is not (RestartPolicy.OnFailure or RestartPolicy.Never))
        {
            errors.Add(FieldError.NotSupported(restartPath, restartPolicy, [RestartPolicy.OnFailure, RestartPolicy.Never]));
        }
        else if (spec.PodFailurePolicy is not null && restartPolicy != RestartPolicy.Never)
        {
            errors.Add(FieldError.Invalid(restartPath, restartPolicy, "only \"Never\" is supported when podFailurePolicy is specified"));
        }

        return errors;
    }

    /// <summary>
    /// A job whose selector was generated (manualSelector not true) must carry the generated labels on its
    /// template and a selector matching them (upstream's ValidateGeneratedSelector).
    /// </summary>
    public static FieldErrorList ValidateGeneratedSelector(Job job)
    {
        var errors = new FieldErrorList();
        if (job.Spec.ManualSelector == true || job.Spec.Selector is null)
        {
            return errors;
        }

        var uid = job.Metadata.Uid ?? "";
        if (uid.Length == 0)
        {
            errors.Add(FieldError.Required(FieldPath.New("metadata", "uid")));
        }

        var templateMeta = job.Spec.Template.Metadata;
        var metaPath = FieldPath.New("spec", "template", "metadata");
        errors.AddRange(ValidateHasLabel(templateMeta, metaPath, JobLabels.LegacyControllerUidLabel, uid));
        errors.AddRange(ValidateHasLabel(templateMeta, metaPath, JobLabels.LegacyJobNameLabel, job.Metadata.Name ?? ""));
        errors.AddRange(ValidateHasLabel(templateMeta, metaPath, JobLabels.ControllerUidLabel, uid));
        errors.AddRange(ValidateHasLabel(templateMeta, metaPath, JobLabels.JobNameLabel, job.Metadata.Name ?? ""));
        var expected = new Dictionary<string, string>
        {
            [JobLabels.ControllerUidLabel] = uid,
            [JobLabels.JobNameLabel] = job.Metadata.Name ?? "",
            [JobLabels.LegacyControllerUidLabel] = uid,
            [JobLabels.LegacyJobNameLabel] = job.Metadata.Name ?? "",
        };
        if (LabelSelectors.TryToSelector(job.Spec.Selector, out var selector, out _) && !selector.Matches(expected))
        {
            errors.Add(FieldError.Invalid(FieldPath.New("spec", "selector"), GoSyntax.LabelSelector(job.Spec.Selector), "`selector` not auto-generated"));
        }

        return errors;
    }

    /// <summary>Upstream's ValidateHasLabel.</summary>
    public static FieldErrorList ValidateHasLabel(ObjectMeta meta, FieldPath path, string key, string expected)
    {
        if (meta.Labels is null || !meta.Labels.TryGetValue(key, out var actual))
        {
            return [FieldError.Required(path.Child("labels").Key(key), "must be '" + expected + "'")];
        }

        return actual == expected ? [] : [FieldError.Invalid(path.Child("labels").Key(key), GoSyntax.StringMap(meta.Labels), "must be '" + expected + "'")];
    }

    private static void NonNegative(FieldErrorList errors, long? value, FieldPath path)
    {
        if (value is { } v)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(v, path));
        }
    }

    private static FieldErrorList ImmutableNullable(int? updated, int? old, FieldPath path) =>
        updated == old ? [] : [FieldError.Invalid(path, updated is { } value ? value : "null", ObjectMetaValidation.FieldImmutableErrorMsg)];
}
