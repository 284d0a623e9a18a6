using System.Globalization;
using KubeSharp.Api;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Validation.Apps;

/// <summary>
/// maxUnavailable / maxSurge style values (upstream's ValidatePositiveIntOrPercent, getIntOrPercentValue and
/// IsNotMoreThan100Percent in pkg/apis/apps/validation). Bad values print as Go's %#v of intstr.IntOrString,
/// as upstream's messages do.
/// </summary>
public static class IntOrPercentValidation
{
    /// <summary>A non-negative integer or a valid percentage.</summary>
    public static FieldErrorList ValidatePositiveIntOrPercent(IntOrString value, FieldPath path)
    {
        if (!value.IsString)
        {
            return ObjectMetaValidation.ValidateNonnegativeField(value.IntValue, path);
        }

        var errors = new FieldErrorList();
        foreach (var message in Formats.IsValidPercent(value.StringValue))
        {
            errors.Add(FieldError.Invalid(path, GoSyntax.IntOrString(value), message));
        }

        return errors;
    }

    /// <summary>The percentage, or the integer (a non-percent string counts as its integer value, 0 if none).</summary>
    public static int GetIntOrPercentValue(IntOrString value) =>
        TryGetPercent(value, out var percent) ? percent : value.ToInt32();

    public static FieldErrorList IsNotMoreThan100Percent(IntOrString value, FieldPath path) =>
        TryGetPercent(value, out var percent) && percent > 100
            ? [FieldError.Invalid(path, GoSyntax.IntOrString(value), "must not be greater than 100%")]
            : [];

    private static bool TryGetPercent(IntOrString value, out int percent)
    {
        percent = 0;
        if (!value.IsString || Formats.IsValidPercent(value.StringValue).Count != 0)
        {
            return false;
        }

        // Like Go's strconv.Atoi, an out-of-range number yields an error and upstream keeps 0.
        _ = int.TryParse(value.StringValue.AsSpan(0, value.StringValue.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out percent);
        return true;
    }
}
