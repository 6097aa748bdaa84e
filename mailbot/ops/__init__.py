"""What the operator touches: the command line, the service and its scheduler, health checks, status
views, the demo and its embedded servers."""
