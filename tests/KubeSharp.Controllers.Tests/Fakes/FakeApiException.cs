using System.Net;

namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>An error the fake API server answers with a Status.</summary>
internal sealed class FakeApiException(HttpStatusCode code, string reason, string message) : Exception(message)
{
    public HttpStatusCode Code { get; } = code;

    public string Reason { get; } = reason;
}
