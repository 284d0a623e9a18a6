using System.Net;
using System.Text;

namespace KubeSharp.Client.Tests.Rest;

/// <summary>An HTTP handler that answers from a script and records every request it saw.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public List<(HttpMethod Method, string PathAndQuery, string? Body, string? ContentType, string? Authorization)> Requests { get; } = [];

    public ScriptedHandler Then(HttpStatusCode code, string body, Action<HttpResponseMessage>? configure = null)
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(code) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body, request.Content?.Headers.ContentType?.MediaType, request.Headers.Authorization?.ToString()));
        }

        Func<HttpRequestMessage, HttpResponseMessage> answer;
        lock (_answers)
        {
            answer = _answers.Count > 0 ? _answers.Dequeue() : throw new InvalidOperationException($"no scripted answer for {request.Method} {request.RequestUri}");
        }

        return answer(request);
    }
}
