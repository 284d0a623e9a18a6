using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeSharp.Machinery.Validation.Batch;

/// <summary>
/// The checks of robfig/cron v3's ParseStandard, which upstream's CronJob validation runs on
/// <c>spec.schedule</c>: five fields (or a descriptor such as <c>@hourly</c> / <c>@every 1h</c>), each a list
/// of values, ranges and steps within bounds, month and weekday names allowed. Returns the parser's error
/// text (users see it in the Invalid value message), or null when the schedule parses.
/// </summary>
public static partial class CronSchedule
{
    private static readonly (int Min, int Max, Dictionary<string, int>? Names)[] Bounds =
    [
        (0, 59, null),
        (0, 23, null),
        (1, 31, null),
        (1, 12, new() { ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12 }),
        (0, 6, new() { ["sun"] = 0, ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6 }),
    ];

    public static string? Validate(string spec)
    {
        if (spec.Length == 0)
        {
            return "empty spec string";
        }

        // A leading TZ=/CRON_TZ= names the location; CronJob validation rejects it separately.
        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ', StringComparison.Ordinal);
            spec = space < 0 ? "" : spec[(space + 1)..].Trim();
        }

        if (spec.StartsWith('@'))
        {
            return ValidateDescriptor(spec);
        }

        var fields = spec.Split([' ', '\t', '\n', '\r', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            return string.Create(CultureInfo.InvariantCulture, $"expected exactly 5 fields, found {fields.Length}: [{string.Join(" ", fields)}]");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            foreach (var expression in fields[i].Split(','))
            {
                if (ValidateRange(expression, Bounds[i]) is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? ValidateDescriptor(string descriptor)
    {
        if (descriptor is "@yearly" or "@annually" or "@monthly" or "@weekly" or "@daily" or "@midnight" or "@hourly")
        {
            return null;
        }

        const string Every = "@every ";
        if (descriptor.StartsWith(Every, StringComparison.Ordinal))
        {
            var duration = descriptor[Every.Length..];
            return GoDuration().IsMatch(duration) && duration != "" ? null : $"failed to parse duration {descriptor}: time: invalid duration \"{duration}\"";
        }

        return "unrecognized descriptor: " + descriptor;
    }

    private static string? ValidateRange(string expression, (int Min, int Max, Dictionary<string, int>? Names) bounds)
    {
        var rangeAndStep = expression.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        int start, end;
        string? error;
        if (lowAndHigh[0] is "*" or "?")
        {
            (start, end) = (bounds.Min, bounds.Max);
        }
        else
        {
            if ((error = ParseIntOrName(lowAndHigh[0], bounds.Names, out start)) is not null)
            {
                return error;
            }

            switch (lowAndHigh.Length)
            {
                case 1:
                    end = start;
                    break;
                case 2:
                    if ((error = ParseIntOrName(lowAndHigh[1], bounds.Names, out end)) is not null)
                    {
                        return error;
                    }

                    break;
                default:
                    return "too many hyphens: " + expression;
            }
        }

        var step = 1;
        switch (rangeAndStep.Length)
        {
            case 1:
                break;
            case 2:
                if ((error = MustParseInt(rangeAndStep[1], out step)) is not null)
                {
                    return error;
                }

                // "N/step" means N through the maximum.
                if (lowAndHigh.Length == 1)
                {
                    end = bounds.Max;
                }

                break;
            default:
                return "too many slashes: " + expression;
        }

        if (start < bounds.Min)
        {
            return string.Create(CultureInfo.InvariantCulture, $"beginning of range ({start}) below minimum ({bounds.Min}): {expression}");
        }

        if (end > bounds.Max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"end of range ({end}) above maximum ({bounds.Max}): {expression}");
        }

        if (start > end)
        {
            return string.Create(CultureInfo.InvariantCulture, $"beginning of range ({start}) beyond end of range ({end}): {expression}");
        }

        return step == 0 ? "step of range should be a positive number: " + expression : null;
    }

    private static string? ParseIntOrName(string expression, Dictionary<string, int>? names, out int value)
    {
        if (names is not null && names.TryGetValue(expression.ToLowerInvariant(), out value))
        {
            return null;
        }

        return MustParseInt(expression, out value);
    }

    /// <summary>Go's strconv.Atoi followed by robfig's non-negative check, with their messages.</summary>
    private static string? MustParseInt(string expression, out int value)
    {
        value = 0;
        if (!GoInteger().IsMatch(expression))
        {
            return $"failed to parse int from {expression}: strconv.Atoi: parsing \"{expression}\": invalid syntax";
        }

        if (!long.TryParse(expression, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || parsed is > int.MaxValue or < int.MinValue)
        {
            return $"failed to parse int from {expression}: strconv.Atoi: parsing \"{expression}\": value out of range";
        }

        value = (int)parsed;
        return value < 0 ? string.Create(CultureInfo.InvariantCulture, $"negative number ({value}) not allowed: {expression}") : null;
    }

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex GoInteger();

    [GeneratedRegex(@"^[+-]?([0-9]*(\.[0-9]*)?(ns|us|µs|μs|ms|s|m|h))+$|^0$")]
    private static partial Regex GoDuration();
}
