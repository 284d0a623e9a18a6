using System.Globalization;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Registry;
using KubeSharp.Machinery.Fields;
using KubeSharp.Machinery.Labels;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>Parses the query parameters of resource requests into options, with upstream's errors for bad values.</summary>
public static class RequestOptions
{
    public static ListOptions List(IQueryCollection query, string group, string kind)
    {
        var labelSelector = Selector.Everything;
        if (query["labelSelector"].ToString() is { Length: > 0 } labels)
        {
            if (!Selector.TryParse(labels, out labelSelector, out var error))
            {
                throw StatusError.BadRequest($"unable to parse requirement: {error}");
            }
        }

        var fieldSelector = FieldSelector.Everything;
        if (query["fieldSelector"].ToString() is { Length: > 0 } fields)
        {
            if (!FieldSelector.TryParse(fields, out fieldSelector, out var error))
            {
                throw StatusError.BadRequest(error ?? "invalid field selector");
            }

            try
            {
                fieldSelector = FieldLabelConversions.ConvertSelector(group, kind, fieldSelector);
            }
            catch (SelectorParseException parse)
            {
                throw StatusError.BadRequest(parse.Message);
            }
        }

        var resourceVersion = query["resourceVersion"].ToString();
        var match = query["resourceVersionMatch"].ToString();
        if (match.Length > 0 && match is not ("NotOlderThan" or "Exact"))
        {
            throw Invalid("resourceVersionMatch", match, "supported values: \"Exact\", \"NotOlderThan\", \"\"");
        }

        if (match.Length > 0 && resourceVersion.Length == 0)
        {
            throw Invalid("resourceVersionMatch", match, "resourceVersionMatch is forbidden unless resourceVersion is provided");
        }

        if (match == "Exact" && resourceVersion == "0")
        {
            throw Invalid("resourceVersionMatch", match, "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"");
        }

        if (resourceVersion.Length > 0 && Registry.Generic.ObjectCodec.ParseResourceVersion(resourceVersion) is null)
        {
            throw StatusError.BadRequest($"invalid resource version: {resourceVersion}");
        }

        var limit = ParseLong(query, "limit") ?? 0;
        if (limit < 0)
        {
            limit = 0;
        }

        var continueToken = query["continue"].ToString();
        if (continueToken.Length > 0 && resourceVersion.Length > 0 && resourceVersion != "0")
        {
            throw Invalid("resourceVersion", resourceVersion, "specifying resource version is not allowed when using continue");
        }

        TimeSpan? timeout = null;
        if (ParseLong(query, "timeoutSeconds") is { } seconds && seconds > 0)
        {
            timeout = TimeSpan.FromSeconds(seconds);
        }

        bool? sendInitialEvents = query.ContainsKey("sendInitialEvents") ? QueryFlags.IsTrue(query["sendInitialEvents"]) : null;
        return new ListOptions
        {
            LabelSelector = labelSelector,
            FieldSelector = fieldSelector,
            ResourceVersion = resourceVersion,
            ResourceVersionMatch = match,
            Limit = limit,
            Continue = continueToken,
            AllowWatchBookmarks = QueryFlags.IsTrue(query["allowWatchBookmarks"]),
            SendInitialEvents = sendInitialEvents,
            Timeout = timeout,
        };
    }

    public static WriteOptions Write(IQueryCollection query)
    {
        var dryRun = query["dryRun"];
        foreach (var value in dryRun)
        {
            if (value != "All")
            {
                throw new StatusError(422, "Invalid", $"dryRun: Unsupported value: \"{value}\": supported values: \"All\"");
            }
        }

        var manager = query["fieldManager"].ToString();
        if (manager.Length > 128)
        {
            throw new StatusError(422, "Invalid", $"fieldManager: Too long: may not be more than 128 bytes");
        }

        return new WriteOptions { DryRun = dryRun.Count > 0, FieldManager = manager };
    }

    public static FieldValidation Validation(IQueryCollection query)
    {
        var value = query["fieldValidation"].ToString();
        return value switch
        {
            "" or "Warn" => FieldValidation.Warn,
            "Strict" => FieldValidation.Strict,
            "Ignore" => FieldValidation.Ignore,
            _ => throw StatusError.BadRequest($"fieldValidation parameter \"{value}\" is invalid: expected one of Ignore, Warn or Strict"),
        };
    }

    public static long? ParseLong(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StatusError.BadRequest($"unable to parse {name}: strconv.ParseInt: parsing \"{text}\": invalid syntax");
    }

    private static StatusError Invalid(string field, string value, string detail) =>
        new(422, "Invalid", $"{field}: Invalid value: \"{value}\": {detail}");
}
