using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Batch;

namespace KubeSharp.ApiServer.Registry.Batch.Jobs;

/// <summary>
/// Jobs, as upstream's pkg/registry/batch/job strategy: the scheme's defaults on every write; on create an empty
/// status and, unless <c>spec.manualSelector</c> is true, the generated selector (controller-uid and job-name
/// labels on the template, a selector on the uid) before validation, so a conflicting user label is rejected;
/// on update the machinery's immutability rules (selector, template, completions, completionMode).
/// </summary>
public sealed class JobStrategy(ResourceMapping mapping) : TypedRestStrategy<Job>(mapping)
{
    protected override void PrepareForCreate(Job job)
    {
        job.Status = new JobStatus();
        BatchDefaults.SetDefaultsJob(job);

        // Upstream generates the selector in Validate; doing it here keeps the result in the stored object.
        BatchDefaults.GenerateJobSelector(job);
    }

    protected override void PrepareForUpdate(Job job, Job old) => BatchDefaults.SetDefaultsJob(job);

    protected override IReadOnlyList<FieldError> Validate(Job job) => JobValidation.ValidateJob(job);

    protected override IReadOnlyList<FieldError> ValidateUpdate(Job job, Job old) => JobValidation.ValidateJobUpdate(job, old);

    /// <summary>Upstream's ValidateJobUpdateStatus: metadata rules and non-negative counters; spec is the stored one.</summary>
    protected override IReadOnlyList<FieldError> ValidateStatusUpdate(Job job, Job old)
    {
        var errors = new FieldErrorList();
        var path = FieldPath.New("status");
        var status = job.Status;
        foreach (var (value, name) in new[] { (status.Active, "active"), (status.Succeeded, "succeeded"), (status.Failed, "failed"), (status.Ready, "ready"), (status.Terminating, "terminating") })
        {
            if (value is { } v)
            {
                errors.AddRange(Machinery.Validation.ObjectMetaValidation.ValidateNonnegativeField(v, path.Child(name)));
            }
        }

        return errors;
    }
}
