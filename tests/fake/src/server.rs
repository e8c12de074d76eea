//! The HTTP side: a hyper server on 127.0.0.1 on a thread of its own, handing each request
//! to a function. It keeps nothing of a request once answered, so a long run stays small.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use http_body_util::{BodyExt as _, Full};
use hyper::body::{Bytes, Incoming as Body};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::sync::Notify;

/// The largest request body read.
const MAX_BODY: usize = 1 << 20;

/// A request: what the fake looks at.
pub(crate) struct Incoming {
    pub(crate) path: String,
    pub(crate) query: String,
    headers: hyper::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Incoming {
    /// A header's value, if it is text.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

#[cfg(test)]
impl Incoming {
    /// A request for the unit tests: `target` is the path and the query.
    pub(crate) fn new(target: &str, headers: &[(&str, &str)], body: &[u8]) -> Incoming {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut map = hyper::HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                hyper::header::HeaderName::from_bytes(name.as_bytes()).expect("a header name"),
                hyper::header::HeaderValue::from_str(value).expect("a header value"),
            );
        }
        Incoming {
            path: path.to_owned(),
            query: query.to_owned(),
            headers: map,
            body: body.to_vec(),
        }
    }
}

/// An answer: a status, a body (JSON), or a redirect.
pub(crate) struct Answer {
    status: u16,
    location: Option<String>,
    body: Vec<u8>,
}

impl Answer {
    pub(crate) fn json(status: u16, body: Vec<u8>) -> Answer {
        Answer {
            status,
            location: None,
            body,
        }
    }

    pub(crate) fn redirect(location: String) -> Answer {
        Answer {
            status: 302,
            location: Some(location),
            body: Vec::new(),
        }
    }

    #[cfg(test)]
    pub(crate) fn status(&self) -> u16 {
        self.status
    }

    #[cfg(test)]
    pub(crate) fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    #[cfg(test)]
    pub(crate) fn body(&self) -> &[u8] {
        &self.body
    }

    fn into_response(self) -> hyper::Response<Full<Bytes>> {
        let mut response = hyper::Response::builder().status(self.status);
        if let Some(location) = self.location {
            response = response.header("location", location);
        } else {
            response = response.header("content-type", "application/json");
        }
        response
            .body(Full::new(Bytes::from(self.body)))
            .unwrap_or_else(|_| {
                let mut fallback = hyper::Response::new(Full::new(Bytes::new()));
                *fallback.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
                fallback
            })
    }
}

/// The running server: stops (its thread ends) when dropped.
pub(crate) struct Server {
    address: SocketAddr,
    stop: Arc<Notify>,
}

impl Server {
    pub(crate) fn start(
        handle: impl Fn(Incoming) -> Answer + Send + Sync + 'static,
    ) -> std::io::Result<Server> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let stop = Arc::new(Notify::new());
        let stopped = stop.clone();
        let handle = Arc::new(handle);
        std::thread::Builder::new()
            .name("netatmo-fake".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    loop {
                        let (stream, _) = tokio::select! {
                            () = stopped.notified() => return,
                            accepted = listener.accept() => match accepted {
                                Ok(accepted) => accepted,
                                Err(_) => continue,
                            },
                        };
                        let handle = handle.clone();
                        tokio::spawn(async move {
                            let service = service_fn(move |request| {
                                let handle = handle.clone();
                                async move { Ok::<_, Infallible>(serve(&*handle, request).await) }
                            });
                            // A connection that breaks off is the client's business.
                            let _ = hyper::server::conn::http1::Builder::new()
                                .serve_connection(TokioIo::new(stream), service)
                                .await;
                        });
                    }
                });
            })?;
        Ok(Server { address, stop })
    }

    pub(crate) fn uri(&self) -> String {
        format!("http://{}", self.address)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.notify_one();
    }
}

async fn serve(
    handle: &(dyn Fn(Incoming) -> Answer + Send + Sync),
    request: hyper::Request<Body>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let body = match http_body_util::Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(_) => {
            return Answer::json(
                413,
                br#"{"error":{"code":21,"message":"body too large"}}"#.to_vec(),
            )
            .into_response();
        }
    };
    let incoming = Incoming {
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or("").to_owned(),
        headers: parts.headers,
        body,
    };
    handle(incoming).into_response()
}
