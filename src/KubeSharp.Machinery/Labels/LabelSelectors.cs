using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Labels;

/// <summary>
/// meta/v1 <see cref="LabelSelector"/> support (upstream's LabelSelectorAsSelector and the
/// meta/v1/validation label-selector checks).
/// </summary>
public static class LabelSelectors
{
    /// <summary>
    /// Converts an API label selector to a <see cref="Selector"/>: null selects nothing, an empty one selects
    /// everything; match labels come first (by key), then match expressions in order.
    /// </summary>
    /// <exception cref="SelectorParseException">for an unknown operator or an invalid requirement.</exception>
    public static Selector ToSelector(LabelSelector? selector)
    {
        if (selector is null)
        {
            return Selector.Nothing;
        }

        var labelCount = selector.MatchLabels?.Count ?? 0;
        var expressionCount = selector.MatchExpressions?.Count ?? 0;
        if (labelCount + expressionCount == 0)
        {
            return Selector.Everything;
        }

        var requirements = new List<Requirement>(labelCount + expressionCount);
        foreach (var (key, value) in selector.MatchLabels ?? [])
        {
            requirements.Add(Requirement.New(key, SelectorOperator.Equals, [value]));
        }

        foreach (var expression in selector.MatchExpressions ?? [])
        {
            var op = expression.Operator switch
            {
                LabelSelectorOperator.In => SelectorOperator.In,
                LabelSelectorOperator.NotIn => SelectorOperator.NotIn,
                LabelSelectorOperator.Exists => SelectorOperator.Exists,
                LabelSelectorOperator.DoesNotExist => SelectorOperator.DoesNotExist,
                _ => throw new SelectorParseException($"{Internal.GoFormat.Quote(expression.Operator)} is not a valid label selector operator"),
            };
            requirements.Add(Requirement.New(expression.Key, op, expression.Values ?? []));
        }

        return Selector.FromRequirements(requirements);
    }

    /// <summary>Like <see cref="ToSelector"/>, reporting failure instead of throwing.</summary>
    public static bool TryToSelector(LabelSelector? selector, out Selector result, out string? error)
    {
        try
        {
            result = ToSelector(selector);
            error = null;
            return true;
        }
        catch (SelectorParseException e)
        {
            result = Selector.Nothing;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// The field errors of an API label selector (upstream's ValidateLabelSelector): match labels as labels,
    /// each expression's operator/values shape, key and (unless allowed) values.
    /// </summary>
    public static FieldErrorList Validate(LabelSelector? selector, FieldPath path, bool allowInvalidLabelValue = false)
    {
        var errors = new FieldErrorList();
        if (selector is null)
        {
            return errors;
        }

        errors.AddRange(ObjectMetaValidation.ValidateLabels(selector.MatchLabels, path.Child("matchLabels")));
        for (var i = 0; i < (selector.MatchExpressions?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateRequirement(selector.MatchExpressions![i], path.Child("matchExpressions").Index(i), allowInvalidLabelValue));
        }

        return errors;
    }

    public static FieldErrorList ValidateRequirement(LabelSelectorRequirement requirement, FieldPath path, bool allowInvalidLabelValue = false)
    {
        var errors = new FieldErrorList();
        var values = requirement.Values ?? [];
        switch (requirement.Operator)
        {
            case LabelSelectorOperator.In or LabelSelectorOperator.NotIn:
                if (values.Count == 0)
                {
                    errors.Add(FieldError.Required(path.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                }

                break;
            case LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist:
                if (values.Count > 0)
                {
                    errors.Add(FieldError.Forbidden(path.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }

                break;
            default:
                errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, "not a valid selector operator"));
                break;
        }

        errors.AddRange(ValidateLabelName(requirement.Key, path.Child("key")));
        if (!allowInvalidLabelValue)
        {
            for (var i = 0; i < values.Count; i++)
            {
                foreach (var message in Formats.IsValidLabelValue(values[i]))
                {
                    errors.Add(FieldError.Invalid(path.Child("values").Index(i), values[i], message));
                }
            }
        }

        return errors;
    }

    /// <summary>A label key: a qualified name.</summary>
    public static FieldErrorList ValidateLabelName(string name, FieldPath path)
    {
        var errors = new FieldErrorList();
        foreach (var message in Formats.IsQualifiedName(name))
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }

        return errors;
    }
}
