namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>One request the fake API server answered (client-go's testing.Action): verb, resource, where, and the body sent.</summary>
public sealed record FakeAction(string Verb, string Resource, string? Subresource, string Namespace, string Name, string? Body, string? ContentType);
