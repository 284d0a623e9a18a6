namespace KubeSharp.ApiServer.Endpoints;

/// <summary>One cause in a Status's details (upstream's <c>metav1.StatusCause</c>).</summary>
public sealed record StatusCause(string? Type, string? Message, string? Field);
