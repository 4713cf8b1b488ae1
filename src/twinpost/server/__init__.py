"""`twinpost serve`: the HTTP API and the local web app.

- `app.py`: the FastAPI app, its routes and the token check;
- `openai_api.py`: the OpenAI routes (completions, chat), whole or streamed;
- `streaming.py`: server-sent events of the posts as the sampler writes them;
- `answer.py`: what a client is sent of a post (after the prompt, cut at a stop sequence);
- `refusals.py`: the fields a route does not support, refused by name (400);
- `schemas.py`: the request and response models (the OpenAPI schema comes from them);
- `limits.py`: the caps on prompts, posts, tokens and uploads, and the bot-name rule;
- `bots.py`: the bots the server can see, loaded on first use;
- `batching.py`: concurrent generate requests sampled together on one thread;
- `jobs.py` and `worker.py`: training jobs, each in its own process;
- `uploads.py`: uploaded exports saved under a size cap and read with the CLI's readers, and
  the live accounts named beside them;
- `card_html.py`: the model card as HTML for the web app (markdown-it-py, raw HTML escaped);
- `static/`: the web app, plain HTML, CSS and JavaScript.
"""

from twinpost.server.app import ServeSettings, create_app, run_server

__all__ = ["ServeSettings", "create_app", "run_server"]
