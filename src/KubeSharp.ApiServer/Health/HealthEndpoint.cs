using System.Text;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Health;

/// <summary>
/// Serves one health path (<c>/healthz</c>, <c>/livez</c>, <c>/readyz</c>) and its per-check sub-paths the way
/// upstream's <c>apiserver/pkg/server/healthz</c> does: <c>ok</c> when every check passes, the list of checks
/// with <c>?verbose</c>, <c>?exclude=NAME</c> to skip checks, and 500 listing the failures otherwise.
/// </summary>
public sealed class HealthEndpoint(string name, Func<IReadOnlyList<HealthCheck>> checks)
{
    public string Name { get; } = name;

    /// <summary>True when every check passes (what <c>/NAME</c> would answer 200 to).</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        foreach (var check in checks())
        {
            if (await check.Check(cancellationToken) is not null)
            {
                return false;
            }
        }

        return true;
    }

    public async Task HandleAsync(HttpContext context, string subPath)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "text/plain; charset=utf-8";
        var all = checks();
        if (subPath.Length > 0)
        {
            var check = all.FirstOrDefault(c => c.Name == subPath);
            if (check is null)
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                await response.WriteAsync("404 page not found\n", context.RequestAborted);
                return;
            }

            var error = await check.Check(context.RequestAborted);
            response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            await response.WriteAsync(error is null ? "ok" : $"internal server error: {error}\n", context.RequestAborted);
            return;
        }

        var excluded = new HashSet<string>(context.Request.Query["exclude"].Where(e => !string.IsNullOrEmpty(e))!, StringComparer.Ordinal);
        var output = new StringBuilder();
        var failed = false;
        foreach (var check in all)
        {
            if (excluded.Remove(check.Name))
            {
                output.Append("[+]").Append(check.Name).Append(" excluded: ok\n");
                continue;
            }

            if (await check.Check(context.RequestAborted) is null)
            {
                output.Append("[+]").Append(check.Name).Append(" ok\n");
            }
            else
            {
                // Upstream withholds the reason from the aggregate output; the per-check path shows it.
                output.Append("[-]").Append(check.Name).Append(" failed: reason withheld\n");
                failed = true;
            }
        }

        if (excluded.Count > 0)
        {
            output.Append("warn: some health checks cannot be excluded: no matches for ")
                .Append(string.Join(",", excluded.Select(e => $"\"{e}\""))).Append('\n');
        }

        if (failed)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await response.WriteAsync($"{output}{Name} check failed\n", context.RequestAborted);
            return;
        }

        if (!context.Request.Query.ContainsKey("verbose"))
        {
            await response.WriteAsync("ok", context.RequestAborted);
            return;
        }

        await response.WriteAsync($"{output}{Name} check passed\n", context.RequestAborted);
    }
}
