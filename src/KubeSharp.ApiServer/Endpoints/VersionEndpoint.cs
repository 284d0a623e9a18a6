using System.Runtime.InteropServices;
using System.Text.Json;
using KubeSharp.Api;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary>
/// <c>GET /version</c>: upstream's <c>version.Info</c>. kubectl's dispatcher picks its client minor from
/// <c>gitVersion</c>, so it must stay a v1.33.x; the 1.33 emulation fields are included.
/// </summary>
public static class VersionEndpoint
{
    /// <summary>The date this API level was built against; fixed, so responses are reproducible.</summary>
    public const string BuildDate = "2025-05-15T00:00:00Z";

    private static readonly byte[] Body = Render();

    public static async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            throw StatusError.MethodNotAllowed($"the server does not allow this method on the requested resource");
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = Body.Length;
        await context.Response.Body.WriteAsync(Body, context.RequestAborted);
    }

    private static byte[] Render()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("major", BuildInfo.KubernetesMajor);
            writer.WriteString("minor", BuildInfo.KubernetesMinor);
            writer.WriteString("emulationMajor", BuildInfo.KubernetesMajor);
            writer.WriteString("emulationMinor", BuildInfo.KubernetesMinor);
            writer.WriteString("minCompatibilityMajor", BuildInfo.KubernetesMajor);
            writer.WriteString("minCompatibilityMinor", (int.Parse(BuildInfo.KubernetesMinor, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("gitVersion", BuildInfo.KubernetesGitVersion);
            writer.WriteString("gitCommit", "kubesharp-" + BuildInfo.KubeSharpVersion);
            writer.WriteString("gitTreeState", "clean");
            writer.WriteString("buildDate", BuildDate);
            writer.WriteString("goVersion", "dotnet" + Environment.Version);
            writer.WriteString("compiler", "dotnet");
            writer.WriteString("platform", "linux/" + Architecture());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Architecture() => RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "amd64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        var other => other.ToString().ToLowerInvariant(),
    };
}
