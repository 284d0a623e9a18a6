using KubeSharp.ApiServer.Endpoints;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Request;

/// <summary>
/// Parses a request into a <see cref="RequestInfo"/>, following upstream's RequestInfoFactory rules:
/// <c>/api/{version}/…</c> and <c>/apis/{group}/{version}/…</c>, optional <c>/watch/</c> or <c>/proxy/</c>
/// verb prefix, <c>namespaces/{ns}/{resource}/{name}/{subresource}</c>, and GET without a name becoming
/// list (or watch with <c>watch=true</c>) and DELETE without a name becoming deletecollection.
/// </summary>
public static class RequestInfoFactory
{
    public static RequestInfo Parse(string method, string path, IQueryCollection query)
    {
        var parts = path.Trim('/').Split('/');
        var nonResource = new RequestInfo { Path = path, Verb = method.ToLowerInvariant() };
        if (parts.Length == 0 || (parts[0] != "api" && parts[0] != "apis"))
        {
            return nonResource;
        }

        var prefix = parts[0];
        var current = parts.AsSpan(1);
        var group = "";
        if (prefix == "apis")
        {
            // A group and a version and at least a resource: otherwise it is discovery, a non-resource path.
            if (current.Length < 3)
            {
                return nonResource;
            }

            group = current[0];
            current = current[1..];
        }
        else if (current.Length < 2)
        {
            return nonResource;
        }

        var version = current[0];
        current = current[1..];

        string verb;
        if (current[0] is "watch" or "proxy")
        {
            if (current.Length < 2)
            {
                return nonResource;
            }

            verb = current[0];
            current = current[1..];
        }
        else
        {
            verb = method switch
            {
                "POST" => "create",
                "GET" or "HEAD" => "get",
                "PUT" => "update",
                "PATCH" => "patch",
                "DELETE" => "delete",
                _ => "",
            };
        }

        var ns = "";
        if (current[0] == "namespaces" && current.Length > 1)
        {
            ns = current[1];

            // namespaces/{ns}/status and namespaces/{ns}/finalize are subresources of the namespace itself.
            if (current.Length > 2 && current[2] != "status" && current[2] != "finalize")
            {
                current = current[2..];
            }
        }

        var resource = current.Length >= 1 ? current[0] : "";
        var name = current.Length >= 2 ? current[1] : "";
        var subresource = current.Length >= 3 && verb != "proxy" ? current[2] : "";

        if (name.Length == 0 && verb == "get")
        {
            verb = QueryFlags.IsTrue(query["watch"]) ? "watch" : "list";
            if (ExactNameFromFieldSelector(query["fieldSelector"]) is { } selected)
            {
                name = selected;
            }
        }

        if (name.Length == 0 && verb == "delete")
        {
            verb = "deletecollection";
        }

        return new RequestInfo
        {
            IsResourceRequest = true,
            Path = path,
            Verb = verb,
            ApiPrefix = prefix,
            ApiGroup = group,
            ApiVersion = version,
            Namespace = ns,
            Resource = resource,
            Subresource = subresource,
            Name = name,
            Parts = current.ToArray(),
        };
    }

    /// <summary>
    /// <c>metadata.name=X</c> (or <c>==</c>) as the whole field selector names one object, which upstream
    /// records as the request's name so that authorization can be scoped to it.
    /// </summary>
    private static string? ExactNameFromFieldSelector(string? selector)
    {
        if (string.IsNullOrEmpty(selector) || selector.Contains(','))
        {
            return null;
        }

        foreach (var op in (ReadOnlySpan<string>)["==", "="])
        {
            var index = selector.IndexOf(op, StringComparison.Ordinal);
            if (index > 0 && selector[..index].Trim() == "metadata.name")
            {
                var value = selector[(index + op.Length)..].Trim();
                return value.Length > 0 && value != "." && value != ".." && value.IndexOfAny(['/', '%']) < 0 ? value : null;
            }
        }

        return null;
    }
}
