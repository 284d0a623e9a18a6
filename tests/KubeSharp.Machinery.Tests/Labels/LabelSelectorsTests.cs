using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Tests.Labels;

public class LabelSelectorsTests
{
    [Fact]
    public void NullAndEmpty()
    {
        Assert.False(LabelSelectors.ToSelector(null).Matches(new Dictionary<string, string> { ["a"] = "b" }));
        Assert.True(LabelSelectors.ToSelector(new LabelSelector()).Matches(new Dictionary<string, string>()));
    }

    [Fact]
    public void MatchLabelsAndExpressions_Convert()
    {
        var selector = LabelSelectors.ToSelector(new LabelSelector
        {
            MatchLabels = new() { ["app"] = "web" },
            MatchExpressions =
            [
                new LabelSelectorRequirement { Key = "tier", Operator = "In", Values = ["b", "a"] },
                new LabelSelectorRequirement { Key = "canary", Operator = "DoesNotExist" },
            ],
        });
        Assert.Equal("app=web,!canary,tier in (a,b)", selector.ToString());
        Assert.True(selector.Matches(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "a" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "a", ["canary"] = "1" }));
    }

    [Fact]
    public void UnknownOperator_Fails()
    {
        var ok = LabelSelectors.TryToSelector(new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "a", Operator = "Near" }] }, out _, out var error);
        Assert.False(ok);
        Assert.Equal("\"Near\" is not a valid label selector operator", error);
    }

    [Fact]
    public void Validate_ReportsUpstreamMessages()
    {
        var errors = LabelSelectors.Validate(
            new LabelSelector
            {
                MatchLabels = new() { ["app"] = "a b" },
                MatchExpressions =
                [
                    new LabelSelectorRequirement { Key = "tier", Operator = "In" },
                    new LabelSelectorRequirement { Key = "x", Operator = "Exists", Values = ["1"] },
                    new LabelSelectorRequirement { Key = "y", Operator = "Near" },
                ],
            },
            FieldPath.New("spec", "selector")).Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "spec.selector.matchLabels: Invalid value: \"a b\": " + Formats.IsValidLabelValue("a b")[0],
            "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
            "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            "spec.selector.matchExpressions[2].operator: Invalid value: \"Near\": not a valid selector operator",
        ],
        errors);
    }
}
