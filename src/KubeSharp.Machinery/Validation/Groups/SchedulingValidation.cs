using System.Globalization;
using KubeSharp.Api.Scheduling.V1;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>
/// Validation of scheduling.k8s.io/v1 PriorityClasses (upstream's pkg/apis/scheduling/validation): user
/// values up to one billion, the "system-" prefix reserved for the two built-in classes, value and
/// preemption policy immutable.
/// </summary>
public static class SchedulingValidation
{
    public const int HighestUserDefinablePriority = 1_000_000_000;
    public const string SystemPriorityClassPrefix = "system-";

    /// <summary>The built-in classes: name, value, globalDefault.</summary>
    public static readonly IReadOnlyList<(string Name, int Value)> SystemPriorityClasses =
    [
        ("system-node-critical", 2_000_001_000),
        ("system-cluster-critical", 2_000_000_000),
    ];

    public static FieldErrorList ValidatePriorityClass(PriorityClass priorityClass)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(priorityClass.Metadata, false, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        var name = priorityClass.Metadata.Name ?? "";
        if (name.StartsWith(SystemPriorityClassPrefix, StringComparison.Ordinal))
        {
            if (KnownSystemClassError(name, priorityClass.Value, priorityClass.GlobalDefault ?? false) is { } error)
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("metadata", "name"), "priority class names with '" + SystemPriorityClassPrefix + "' prefix are reserved for system use only. error: " + error));
            }
        }
        else if (priorityClass.Value > HighestUserDefinablePriority)
        {
            errors.Add(FieldError.Forbidden(FieldPath.New("value"), string.Create(CultureInfo.InvariantCulture, $"maximum allowed value of a user defined priority is {HighestUserDefinablePriority}")));
        }

        if (priorityClass.PreemptionPolicy is { } policy && policy is not ("Never" or "PreemptLowerPriority"))
        {
            errors.Add(FieldError.NotSupported(FieldPath.New("preemptionPolicy"), policy, ["Never", "PreemptLowerPriority"]));
        }

        return errors;
    }

    public static FieldErrorList ValidatePriorityClassUpdate(PriorityClass priorityClass, PriorityClass old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(priorityClass.Metadata, old.Metadata, FieldPath.New("metadata"));
        if (priorityClass.Value != old.Value)
        {
            errors.Add(FieldError.Forbidden(FieldPath.New("value"), "may not be changed in an update."));
        }

        if (priorityClass.PreemptionPolicy != old.PreemptionPolicy)
        {
            errors.Add(FieldError.Invalid(FieldPath.New("preemptionPolicy"), priorityClass.PreemptionPolicy ?? "null", ObjectMetaValidation.FieldImmutableErrorMsg));
        }

        return errors;
    }

    /// <summary>Upstream's IsKnownSystemPriorityClass error text, or null for a known class with its exact settings.</summary>
    private static string? KnownSystemClassError(string name, int value, bool globalDefault)
    {
        foreach (var (knownName, knownValue) in SystemPriorityClasses)
        {
            if (knownName != name)
            {
                continue;
            }

            if (knownValue != value)
            {
                return string.Create(CultureInfo.InvariantCulture, $"value of {name} PriorityClass must be {knownValue}");
            }

            return globalDefault ? $"globalDefault of {name} PriorityClass must be false" : null;
        }

        return name + " is not a known system priority class";
    }
}
