using System.Globalization;
using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// Go's <c>%#v</c> of the few API values that upstream's validation messages print that way (field.Error falls
/// back to <c>%#v</c> for values without a String method): intstr.IntOrString, label maps and label
/// selectors. Users see these texts in kubectl's output, so they are reproduced rather than shown as JSON.
/// </summary>
internal static class GoSyntax
{
    /// <summary><c>intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}</c>.</summary>
    public static GoLiteral IntOrString(IntOrString value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"intstr.IntOrString{{Type:{(value.IsString ? 1 : 0)}, IntVal:{(value.IsString ? 0 : value.IntValue)}, StrVal:{GoFormat.Quote(value.StringValue)}}}"));

    /// <summary><c>map[string]string{"a":"b", "c":"d"}</c> (keys sorted, as fmt prints maps), or <c>map[string]string(nil)</c>.</summary>
    public static GoLiteral StringMap(IReadOnlyDictionary<string, string>? map) => new(StringMapText(map));

    /// <summary>
    /// A <c>*metav1.LabelSelector</c>: nil prints as the string "null" (field.Error's rule for nil pointers),
    /// anything else as <c>v1.LabelSelector{MatchLabels:…, MatchExpressions:…}</c>.
    /// </summary>
    public static object LabelSelector(LabelSelector? selector)
    {
        if (selector is null)
        {
            return "null";
        }

        var text = new StringBuilder("v1.LabelSelector{MatchLabels:");
        text.Append(StringMapText(selector.MatchLabels)).Append(", MatchExpressions:");
        if (selector.MatchExpressions is null)
        {
            text.Append("[]v1.LabelSelectorRequirement(nil)");
        }
        else
        {
            text.Append("[]v1.LabelSelectorRequirement{");
            for (var i = 0; i < selector.MatchExpressions.Count; i++)
            {
                var requirement = selector.MatchExpressions[i];
                text.Append(i > 0 ? ", " : "")
                    .Append("v1.LabelSelectorRequirement{Key:").Append(GoFormat.Quote(requirement.Key))
                    .Append(", Operator:").Append(GoFormat.Quote(requirement.Operator))
                    .Append(", Values:").Append(StringSliceText(requirement.Values)).Append('}');
            }

            text.Append('}');
        }

        return new GoLiteral(text.Append('}').ToString());
    }

    private static string StringMapText(IReadOnlyDictionary<string, string>? map)
    {
        if (map is null)
        {
            return "map[string]string(nil)";
        }

        var keys = map.Keys.ToList();
        keys.Sort(StringComparer.Ordinal);
        return "map[string]string{" + string.Join(", ", keys.Select(k => GoFormat.Quote(k) + ":" + GoFormat.Quote(map[k]))) + "}";
    }

    private static string StringSliceText(List<string>? values) =>
        values is null ? "[]string(nil)" : "[]string{" + string.Join(", ", values.Select(GoFormat.Quote)) + "}";
}
